import { HOST_KINDS, type HostKind } from '../../../shared/domain/hosts'
import type { ImportCandidate } from '../../../shared/ipc/channels/tokens'
import { hostName, hostOf } from '../tokens/token-format'

/** One candidate with the user's choices. */
export interface Row {
  candidate: ImportCandidate
  chosen: boolean
  host: HostKind | ''
  label: string
}

/** Found credentials, masked, with a tick box, a host kind (chosen when unknown or guessed) and a label. */
export const CandidateTable = ({ rows, onChange }: { rows: Row[]; onChange(rows: Row[]): void }) => {
  const set = (i: number, patch: Partial<Row>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  return (
    <table className="table vault-import-table">
      <thead>
        <tr><th>Import</th><th>Server</th><th>Account</th><th>Token</th><th>Label in PAT Keeper</th></tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const c = r.candidate
          const id = `cand-${c.key}`
          return (
            <tr key={c.key}>
              <td>
                <input id={id} type="checkbox" checked={r.chosen} onChange={(e) => set(i, { chosen: e.target.checked })} aria-label={`Import ${c.username || 'token'} on ${hostOf(c.url)}`} />
              </td>
              <td>
                <div>{hostOf(c.url)}{c.org ? ` / ${c.org}` : ''}</div>
                {c.host && !c.guessed ? (
                  <div className="vault-sub">{hostName(c.host)}</div>
                ) : (
                  <select className="input" aria-label={`Kind of server for ${hostOf(c.url)}`} value={r.host} onChange={(e) => set(i, { host: e.target.value as HostKind })}>
                    <option value="">Choose the kind of server</option>
                    {HOST_KINDS.map((k) => <option key={k} value={k}>{hostName(k)}</option>)}
                  </select>
                )}
                {c.alreadyStored ? <div className="vault-sub">Already in PAT Keeper</div> : null}
              </td>
              <td>{c.username || <span className="muted">{'\u2014'}</span>}</td>
              <td><span className="vault-masked">{c.masked}</span><div className="vault-sub">{c.file.split('/').pop()} line {c.line}</div></td>
              <td>
                <input className="input" aria-label={`Label for ${c.username || 'token'} on ${hostOf(c.url)}`} value={r.label} maxLength={120} onChange={(e) => set(i, { label: e.target.value })} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
