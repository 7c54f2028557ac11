import { describe, expect, it } from 'vitest'
import { axisLabels, W, RIGHT, LEFT, xOf } from '../../../renderer/views/timeline/timeline-layout'

// The axis under the expiry timeline: a month start next to "+90 days" or "Today" loses its label (its tick stays).
describe('timeline axis labels', () => {
  it('drops a month label that would be drawn over "+90 days" or "Today", keeps the others', () => {
    const labels = axisLabels([{ x: xOf(0.5), label: 'Dec' }, { x: xOf(31), label: 'Jan' }, { x: xOf(62), label: 'Feb' }, { x: xOf(90), label: 'Mar' }])
    expect(labels.map((l) => l.label)).toEqual(['Today', '+90 days', 'Jan', 'Feb'])
    expect(labels.find((l) => l.label === '+90 days')).toEqual({ x: W - RIGHT, label: '+90 days', anchor: 'end' })
    expect(labels.find((l) => l.label === 'Today')).toEqual({ x: LEFT, label: 'Today', anchor: 'start' })
  })
})
