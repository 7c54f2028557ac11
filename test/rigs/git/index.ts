/**
 * The git rig: real git against a real git host on 127.0.0.1, isolated from the machine's git setup.
 *
 *   const server = await startGitServer({ accounts: [
 *     { pathPrefix: '/', username: 'me', password: 'personal-token' },
 *     { pathPrefix: '/work-org/', username: 'worker', password: 'work-token' },   // deepest prefix governs
 *   ] })
 *   const url = await server.createRepo('work-org/app.git')   // bare repo with one commit on main
 *   const world = createGitWorld()                              // own HOME, GIT_CONFIG_GLOBAL, no prompts
 *   const run = await world.git(['clone', url, world.path('app')])  // { code, stdout, stderr }
 *   server.requests                                            // which user each request authenticated as
 *   await server.close()
 *
 * `world.env` is the environment to hand to code under test (e.g. createGitRunner(world.env)).
 * `buildExecutable()` compiles the standalone `patkeeper` (as `npm run build` does); `helperLocationFor(profile)`
 * installs it at the profile's stable path, as the app does, for the helper line git runs.
 */
export { createGitWorld, isolatedGitEnv, runGit, type GitRun, type GitWorld } from './git-env'
export { startGitServer, type GitAccount, type GitRequestLog, type GitServer, type GitServerOptions } from './git-server'
export { buildExecutable, helperLocationFor, tokenRecord } from './helper-fixture'
