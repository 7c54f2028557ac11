import { useEffect, useState } from 'react'
import type { Settings, Theme } from '../../../shared/domain/settings'
import { PageHeader } from '../../components/page-header'
import { invoke } from '../../lib/ipc'
import { applyTheme } from '../../lib/theme'
import { ThemeField } from './theme-field'
import '../../styles/vault.css'
import { KeychainCard } from './keychain-card'
import { CliToolCard } from './cli-tool-card'

/** Form text for each setting (numbers as typed, so half-typed values are not lost). */
interface Draft {
  thresholds: string
  clearClipboard: boolean
  clipboard: string
  recheck: string
  rotation: string
  startAtLogin: boolean
  background: 'auto' | 'on' | 'off'
}

/** The settings this screen edits (the rest are main's own bookkeeping). */
type EditedSettings = Omit<Settings, 'backgroundNoticeShown' | 'theme'>

const toDraft = (s: Settings): Draft => ({
  thresholds: s.alertThresholdsDays.join(', '),
  clearClipboard: s.clearClipboard,
  clipboard: String(s.clipboardClearSeconds),
  recheck: String(s.recheckIntervalHours),
  rotation: String(s.rotationAdviceDays),
  startAtLogin: s.startAtLogin,
  background: s.keepRunningInBackground === null ? 'auto' : s.keepRunningInBackground ? 'on' : 'off',
})

/** Checks the form; returns the settings or a message saying which field to fix. */
const parseDraft = (d: Draft): EditedSettings | string => {
  const thresholds = d.thresholds.split(/[\s,]+/).filter(Boolean).map(Number)
  if (!thresholds.length || thresholds.some((n) => !Number.isInteger(n) || n < 0 || n > 365)) return 'Alert days must be whole numbers between 0 and 365, separated by commas.'
  if (thresholds.length > 10) return 'Give at most 10 alert days.'
  const int = (text: string, min: number, max: number, what: string): number | string => {
    const n = Number(text)
    return Number.isInteger(n) && n >= min && n <= max ? n : `${what} must be a whole number from ${min} to ${max}.`
  }
  const clipboard = int(d.clipboard, 5, 600, 'Clipboard clearing')
  const recheck = int(d.recheck, 1, 336, 'Re-check interval')
  const rotation = int(d.rotation, 7, 730, 'Rotation advice')
  for (const v of [clipboard, recheck, rotation]) if (typeof v === 'string') return v
  return { alertThresholdsDays: thresholds, clearClipboard: d.clearClipboard, clipboardClearSeconds: clipboard as number, recheckIntervalHours: recheck as number, rotationAdviceDays: rotation as number, startAtLogin: d.startAtLogin, keepRunningInBackground: d.background === 'auto' ? null : d.background === 'on' }
}

/** Settings: alert thresholds, clipboard clearing, re-check cadence, rotation advice; keychain health. */
export const SettingsView = () => {
  const [draft, setDraft] = useState<Draft | null>(null)
  const [message, setMessage] = useState<{ tone: 'ok' | 'danger'; text: string } | null>(null)
  useEffect(() => {
    void invoke('settings:get').then((r) => (r.ok ? setDraft(toDraft(r.value)) : setMessage({ tone: 'danger', text: r.message })))
  }, [])
  const save = async () => {
    if (!draft) return
    const parsed = parseDraft(draft)
    if (typeof parsed === 'string') return setMessage({ tone: 'danger', text: parsed })
    const result = await invoke('settings:update', parsed)
    if (!result.ok) return setMessage({ tone: 'danger', text: result.message })
    setDraft(toDraft(result.value))
    setMessage({ tone: 'ok', text: 'Settings saved.' })
  }
  const [theme, setTheme] = useState<Theme | null>(null)
  useEffect(() => {
    void invoke('settings:get').then((r) => r.ok && setTheme(r.value.theme))
  }, [])
  // The theme applies and is kept at once (no Save needed): the user sees the choice as they make it.
  const chooseTheme = async (next: Theme) => {
    setTheme(next)
    applyTheme(next)
    const result = await invoke('settings:update', { theme: next })
    setMessage(result.ok ? null : { tone: 'danger', text: result.message })
  }
  const field = (key: 'thresholds' | 'clipboard' | 'recheck' | 'rotation', label: string, hint: string, suffix?: string, disabled = false) => (
    <div className="field">
      <label htmlFor={`set-${key}`}>{label}</label>
      <div className="row">
        <input id={`set-${key}`} className="input" disabled={disabled} inputMode={key === 'thresholds' ? 'text' : 'numeric'} value={draft?.[key] ?? ''} onChange={(e) => draft && setDraft({ ...draft, [key]: e.target.value })} />
        {suffix ? <span className="muted">{suffix}</span> : null}
      </div>
      <span className="hint">{hint}</span>
    </div>
  )
  return (
    <div className="page vault">
      <PageHeader title="Settings" description="When PAT Keeper warns you, and how it treats copied tokens." />
      {message ? <div className={`notice notice-${message.tone}`} role={message.tone === 'ok' ? 'status' : 'alert'}>{message.text}</div> : null}
      {theme ? <ThemeField theme={theme} onChange={(t) => void chooseTheme(t)} /> : null}
      {draft ? (
        <form className="card stack" onSubmit={(e) => { e.preventDefault(); void save() }}>
          <h2>Alerts and checks</h2>
          <div className="vault-settings">
            {field('thresholds', 'Warn before expiry', 'Days before a token expires, e.g. 30, 14, 7, 3, 1. Each warning shows once.', 'days')}
            {field('recheck', 'Re-check tokens every', 'How often PAT Keeper asks each host whether your tokens still work.', 'hours')}
            {field('rotation', 'Advise renewing keys after', 'For tokens and keys that never expire (such as AWS access keys).', 'days')}
            {field('clipboard', 'Clear a copied token after', draft.clearClipboard ? 'PAT Keeper empties the clipboard after this time.' : 'Clearing is off: a copied token stays on the clipboard.', 'seconds', !draft.clearClipboard)}
          </div>
          <label className="vault-check">
            <input type="checkbox" checked={draft.clearClipboard} onChange={(e) => setDraft({ ...draft, clearClipboard: e.target.checked })} />
            Clear the clipboard after copying a token
          </label>
          <label className="vault-check">
            <input type="checkbox" checked={draft.startAtLogin} onChange={(e) => setDraft({ ...draft, startAtLogin: e.target.checked })} />
            Start PAT Keeper when I log in (it stays in the tray)
          </label>
          <div className="field">
            <label htmlFor="set-background">Keep running in the background</label>
            <select id="set-background" className="input" value={draft.background} onChange={(e) => setDraft({ ...draft, background: e.target.value as Draft['background'] })}>
              <option value="auto">Where a tray icon shows (not on GNOME without the AppIndicator extension)</option>
              <option value="on">Yes: keep watching for expiry after the window closes</option>
              <option value="off">No: quit when the window closes</option>
            </select>
            <span className="hint">In the background PAT Keeper still warns before tokens expire. Quit it from the tray icon menu or File → Quit.</span>
          </div>
          <div className="row">
            <button className="btn btn-primary" type="submit">Save settings</button>
          </div>
        </form>
      ) : null}
      <KeychainCard />
      <CliToolCard />
    </div>
  )
}
