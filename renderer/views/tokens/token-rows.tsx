import { useMemo } from 'react'
import type { RiskFlag } from '../../../shared/domain/health'
import type { TokenView } from '../../../shared/domain/token'
import { NO_FLAGS } from '../../components/health/risk-badges'
import { useRowWindow } from './row-window'
import { TokenRow } from './token-row'

/**
 * Space standing in for rows not drawn; hidden from assistive tech (the table's aria-rowcount says how many
 * there are). One plain cell: a cell spanning all columns would add a column while a narrow window hides one.
 */
const Spacer = ({ height }: { height: number }) =>
  height > 0 ? (
    <tr className="vault-spacer" aria-hidden="true" style={{ height }}>
      <td />
    </tr>
  ) : null

/** The list body: the rows near the visible part of `#content`, each with its position for screen readers. */
export const TokenRows = ({ shown, now, flagsById, selectedIds, onOpen, onSelect }: {
  shown: readonly TokenView[]
  now: Date
  flagsById: ReadonlyMap<string, readonly RiskFlag[]>
  selectedIds: ReadonlySet<string>
  onOpen(id: string): void
  onSelect(id: string): void
}) => {
  const ids = useMemo(() => shown.map((t) => t.id), [shown])
  const { start, end, padTop, padBottom, bodyRef } = useRowWindow(ids, 'content')
  return (
    <tbody ref={bodyRef}>
      <Spacer height={padTop} />
      {shown.slice(start, end).map((t, i) => (
        // Row 1 is the header, so the first token is row 2 (aria-rowindex counts from 1).
        <TokenRow key={t.id} token={t} rowIndex={start + i + 2} now={now} flags={flagsById.get(t.id) ?? NO_FLAGS} onOpen={onOpen} selected={selectedIds.has(t.id)} onSelect={onSelect} />
      ))}
      <Spacer height={padBottom} />
    </tbody>
  )
}
