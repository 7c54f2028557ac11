import type { Locator } from 'playwright-core'

/**
 * Waits until the locator is visible (fails the test after the timeout with Playwright's message). Only
 * visible matches count: the token list stays mounted, hidden, behind other screens.
 */
export const visible = async (locator: Locator, timeout = 10_000): Promise<Locator> => {
  await locator.filter({ visible: true }).first().waitFor({ state: 'visible', timeout })
  return locator
}
