import { afterAll } from 'vitest'
import { suiteFigures } from '../../security/support/figures'

/**
 * Counts a fault file's rows for `npm run figures`: `row(run)` counts a fault as injected before it runs
 * and as survived only when every assertion in it passed.
 */
export const faultRows = (suite: string) => {
  const counter = suiteFigures(suite)
  afterAll(() => counter.write())
  return async (run: () => Promise<void>): Promise<void> => {
    counter.figures.faultsInjected += 1
    await run()
    counter.figures.faultsSurvived += 1
  }
}
