import { useState } from 'react'
import type { AppInfo } from '../../../shared/ipc/channels/app'
import { invoke } from '../../lib/ipc'
import { Icon } from '../icons'

/** "About": version, where metadata lives and which keychain service holds the secrets. */
export const AboutBox = () => {
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const toggle = async () => {
    if (info) return setInfo(null)
    const result = await invoke('app:info')
    if (result.ok) setInfo(result.value)
    else setError(result.message)
  }
  return (
    <div className="about">
      <button className="nav-item" aria-expanded={info !== null} onClick={() => void toggle()}>
        <Icon name="info" /> About PAT Keeper
      </button>
      {info ? (
        <dl className="about-facts" aria-label="About PAT Keeper">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Data folder</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>Keychain service</dt>
          <dd className="mono">{info.keychainService}</dd>
        </dl>
      ) : null}
      {error ? <p className="notice notice-danger">{error}</p> : null}
    </div>
  )
}
