import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Generic styles first: each view's stylesheet (imported by the view) must come later in the bundle so
// its rules win over generic ones of equal specificity (e.g. the danger button over `.btn`).
import './styles/base.css'
import './styles/shell.css'
import './styles/components.css'
import { App } from './app'
import { applyTheme } from './lib/theme'

// Before the first paint: the OS theme until the saved choice arrives from main (App applies it).
applyTheme('system')
const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
