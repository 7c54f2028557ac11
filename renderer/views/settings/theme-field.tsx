import { THEMES, type Theme } from '../../../shared/domain/settings'

const WORDS: Record<Theme, string> = { system: 'System (follow the OS)', light: 'Light', dark: 'Dark' }

/** Settings > Appearance: a radio group (arrow keys move between choices); the choice applies at once. */
export const ThemeField = ({ theme, onChange }: { theme: Theme; onChange(next: Theme): void }) => (
  <section className="card stack" aria-labelledby="theme-title">
    <h2 id="theme-title">Appearance</h2>
    <div role="radiogroup" aria-labelledby="theme-title" className="row">
      {THEMES.map((t) => (
        <label key={t} className="vault-check" htmlFor={`theme-${t}`}>
          <input id={`theme-${t}`} type="radio" name="theme" value={t} checked={theme === t} onChange={() => onChange(t)} />
          {WORDS[t]}
        </label>
      ))}
    </div>
  </section>
)
