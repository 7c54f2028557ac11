import type { Theme } from '../../shared/domain/settings'

/** The OS preference, watched so "System" follows a change of the OS theme while the app runs. */
const osDark = window.matchMedia('(prefers-color-scheme: dark)')
let chosen: Theme = 'system'

const render = () => {
  document.documentElement.dataset.theme = chosen === 'system' ? (osDark.matches ? 'dark' : 'light') : chosen
}
osDark.addEventListener('change', render)

/** Shows the app in a theme at once: sets the root's data-theme that base.css reads. */
export const applyTheme = (theme: Theme): void => {
  chosen = theme
  render()
}
