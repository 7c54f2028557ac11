import type { CheckAllProgress } from '../../../../shared/ipc/channels/validation'

const count = (n: number) => n.toLocaleString('en-US')

/** "412 of 1,000 checked, 3 need attention" while running; the outcome once it ended or was stopped. */
export const checkAllWords = (p: CheckAllProgress): string => {
  const attention =
    (p.attention ? `, ${count(p.attention)} need${p.attention === 1 ? 's' : ''} attention` : '') +
    (p.unsettled ? `, ${count(p.unsettled)} could not be checked` : '')
  if (p.running) return `${count(p.done)} of ${count(p.total)} checked${attention}`
  if (p.cancelled) return `Stopped after ${count(p.done)} of ${count(p.total)}${attention}.`
  if (p.total === 0) return 'No tokens to check.'
  // "All valid" only when every host said so: an unreachable host is no verdict.
  return attention ? `${count(p.done)} checked${attention}.` : `All ${count(p.done)} valid.`
}
