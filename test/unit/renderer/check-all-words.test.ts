import { describe, expect, it } from 'vitest'
import { checkAllWords } from '../../../renderer/views/tokens/check-all/check-all-words'

const progress = { done: 3, total: 3, attention: 0, unsettled: 0, running: false, cancelled: false }

describe('the words Check all ends with', () => {
  it('says "All valid" only when every host gave that verdict', () => {
    expect(checkAllWords(progress)).toBe('All 3 valid.')
  })

  it('never calls tokens valid when their host could not be reached', () => {
    expect(checkAllWords({ ...progress, unsettled: 3 })).toBe('3 checked, 3 could not be checked.')
    expect(checkAllWords({ ...progress, attention: 1, unsettled: 2 })).toBe('3 checked, 1 needs attention, 2 could not be checked.')
  })

  it('counts both while running and when stopped', () => {
    expect(checkAllWords({ ...progress, done: 1, unsettled: 1, running: true })).toBe('1 of 3 checked, 1 could not be checked')
    expect(checkAllWords({ ...progress, done: 2, attention: 2, cancelled: true })).toBe('Stopped after 2 of 3, 2 need attention.')
  })
})
