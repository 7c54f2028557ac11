import { useEffect, useState } from 'react'
import type { GitRejection } from '../../../../shared/domain/git'
import { hostSpec } from '../../../../shared/hosts/catalog'
import { invoke } from '../../../lib/ipc'
import '../../../styles/git.css'
import type { DetailPanelProps } from '../panels'
import { CopySection } from './copy-section'
import { IdentitySection } from './identity-section'
import { SetupSection } from './setup-section'
import { TestSection } from './test-section'

/** Token detail panel "Git": set up git (preview, apply, undo), test, copy, commit identity. */
export const GitPanel = ({ token, onChanged }: DetailPanelProps) => {
  const [rejections, setRejections] = useState<GitRejection[]>([])
  useEffect(() => {
    // A refusal of the secret that a renewal has since replaced is history, not a warning.
    const since = token.rotatedAt ?? token.createdAt
    void invoke('git:rejections', token.id).then((r) => r.ok && setRejections(r.value.filter((x) => x.at > since)))
  }, [token.id, token.updatedAt, token.rotatedAt, token.createdAt])
  const last = rejections[0]
  return (
    <section className="card git-panel" aria-labelledby="git-title" data-panel="git">
      <h2 id="git-title">Git</h2>
      {last ? (
        <div className="notice notice-warn" role="alert">
          On {last.at.slice(0, 10)} the server refused this token when git used it for <code>{last.url}</code>. The token is still saved: check it, or renew it.
        </div>
      ) : null}
      <SetupSection token={token} onChanged={onChanged} />
      <TestSection placeholder={hostSpec(token.host).testUrlExample ?? `${token.url}/owner/repo.git`} />
      <CopySection tokenId={token.id} />
      <IdentitySection token={token} />
    </section>
  )
}
