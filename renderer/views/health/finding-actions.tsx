import { useState } from 'react'
import type { FixRecord, ScanFinding } from '../../../shared/domain/health'
import { HOST_KINDS, type HostKind } from '../../../shared/domain/hosts'
import { invoke } from '../../lib/ipc'
import { hostName } from '../tokens/token-format'

const WHAT: Record<ScanFinding['kind'], string> = {
  'git-remote': 'rewrites the remote URL without the token and sets git up to ask PAT Keeper',
  netrc: 'removes this entry from the file',
  'git-credentials': 'removes this entry from the file',
  npmrc: 'imports the token; run the commands to take it out of the file',
  'gh-hosts': 'imports the token; run the commands to move gh to the system keyring',
  'glab-config': 'imports the token; run the commands to move glab to the system keyring',
  'docker-config': 'imports the token; run the commands to use a Docker credential store',
}

/** "Fix" for one finding: a confirmation that says what will change (and the backup), then the result with undo. */
export const FindingActions = ({ finding, onFixed }: { finding: ScanFinding; onFixed(fix: FixRecord): void }) => {
  const [confirming, setConfirming] = useState(false)
  const [host, setHost] = useState<HostKind | ''>(finding.host ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const fix = async () => {
    setBusy(true)
    setError(null)
    const result = await invoke('health:fix', finding.key, host && !finding.keptAs ? { host } : {})
    setBusy(false)
    if (!result.ok) return setError(result.message)
    setConfirming(false)
    onFixed(result.value)
  }
  if (!confirming) return <button className="btn btn-small" onClick={() => setConfirming(true)} aria-label={`Fix ${finding.kind} entry in ${finding.file} line ${finding.line}`}>Fix</button>
  return (
    <div className="stack health-confirm" role="group" aria-label="Confirm fix">
      <p>
        {finding.keptAs ? `Already kept as "${finding.keptAs.label}". ` : 'Imports the token into the keychain, then '}
        {WHAT[finding.kind]}.{finding.fix === 'rewrite' ? ' The old file is kept as a backup you can delete.' : ''}
      </p>
      {!finding.keptAs && !finding.host ? (
        <select className="input" aria-label={`Kind of server for ${finding.hostname}`} value={host} onChange={(e) => setHost(e.target.value as HostKind)}>
          <option value="">Choose the kind of server</option>
          {HOST_KINDS.map((k) => <option key={k} value={k}>{hostName(k)}</option>)}
        </select>
      ) : null}
      <div className="row">
        <button className="btn btn-primary btn-small" disabled={busy || (!finding.keptAs && !host)} onClick={() => void fix()}>{busy ? 'Fixing\u2026' : 'Confirm fix'}</button>
        <button className="btn btn-ghost btn-small" onClick={() => setConfirming(false)}>Cancel</button>
      </div>
      {error ? <div className="notice notice-danger" role="alert">{error}</div> : null}
    </div>
  )
}
