import type { Locator, Page } from 'playwright-core'

/**
 * Waits until the locator is visible (fails the test after the timeout with Playwright's message). Only
 * visible matches count: the token list stays mounted, hidden, behind other screens.
 */
export const visible = async (locator: Locator, timeout = 10_000): Promise<Locator> => {
  await locator.filter({ visible: true }).first().waitFor({ state: 'visible', timeout })
  return locator
}

/**
 * Sets the OS colour scheme and waits two frames: with Settings > Theme on "System" the app follows the
 * OS through a matchMedia change event, which Chromium fires in its next rendering step.
 */
export const emulateOsScheme = async (page: Page, colorScheme: 'light' | 'dark'): Promise<void> => {
  await page.emulateMedia({ colorScheme })
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))))
}
