import type { Page } from 'playwright-core'

/** What has focus, as a user would name it: role-ish tag, accessible label or text, and its dialog if any. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return { tag: 'body', name: '', inDialog: false }
    const label = (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '') ?? ''
    return { tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') || label || el.textContent || '').trim(), inDialog: !!el.closest('[role="dialog"],[role="alertdialog"]') }
  })

/** Presses Tab until the focused element's name matches; fails when it is not reachable in 80 presses. */
export const tabTo = async (page: Page, name: string | RegExp): Promise<void> => {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const { name: now } = await focused(page)
    if (typeof name === 'string' ? now === name : name.test(now)) return
  }
  throw new Error(`keyboard: could not reach "${String(name)}" with Tab`)
}

/** Waits until focus lands on an element matching `tag` and `name` (screens load from main first). */
export const focusLandsOn = async (page: Page, tag: string, name: string | RegExp, timeout = 5000): Promise<void> => {
  const end = Date.now() + timeout
  let last = await focused(page)
  while (Date.now() < end) {
    last = await focused(page)
    if (last.tag === tag && (typeof name === 'string' ? last.name === name : name.test(last.name))) return
    await page.waitForTimeout(50)
  }
  throw new Error(`focus is on <${last.tag}> "${last.name}", expected <${tag}> ${String(name)}`)
}
