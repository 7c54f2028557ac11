import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { GitWorld } from '../../rigs/git/git-env'

/** Secrets planted in the throwaway HOME; each must be found, and none may leak. */
export const PLANTED = {
  remote: 'ghp_REMOTEremote0000000000000000000000',
  netrc: 'glpat-NETRCnetrc0000000',
  netrcOther: 'other-machine-password',
  npm: 'ghp_NPMRCnpmrc00000000000000000000000000',
  gh: 'gho_GHHOSTSghhosts00000000000000000000000',
  glab: 'glpat-GLABglab000000000',
  docker: 'ghp_DOCKERdocker0000000000000000000000000',
  credentials: 'ghp_CREDScreds000000000000000000000000000',
}

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text, { mode: 0o600 })
}

/**
 * Writes each tool's file in the format the tool itself writes (see the parsers' cited sources) into the
 * world's HOME, and clones a real repository with the token in its remote URL (as `git clone
 * http://user:token@host/...` leaves it in .git/config). Returns the paths.
 */
export const plantHome = async (world: GitWorld, repoUrl: string): Promise<Record<string, string>> => {
  const h = world.home
  const paths = {
    netrc: join(h, '.netrc'), npmrc: join(h, '.npmrc'), gh: join(h, '.config/gh/hosts.yml'), glab: join(h, '.config/glab-cli/config.yml'),
    docker: join(h, '.docker/config.json'), credentials: join(h, '.git-credentials'), repo: join(h, 'src/work/app'), clean: join(h, 'src/clean'),
  }
  write(paths.netrc, `machine 127.0.0.1\n  login dana\n  password ${PLANTED.netrc}\n\nmachine ftp.example.org login anon password ${PLANTED.netrcOther}\n`)
  write(paths.npmrc, `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${PLANTED.npm}\n`)
  write(paths.gh, `github.com:\n    users:\n        dana:\n            oauth_token: ${PLANTED.gh}\n    git_protocol: https\n    oauth_token: ${PLANTED.gh}\n    user: dana\n`)
  write(paths.glab, `git_protocol: ssh\nhosts:\n    gitlab.com:\n        token: ${PLANTED.glab}\n        api_host: gitlab.com\n        git_protocol: ssh\n        api_protocol: https\n        user: dana\n`)
  write(paths.docker, `${JSON.stringify({ auths: { 'ghcr.io': { auth: Buffer.from(`dana:${PLANTED.docker}`).toString('base64') } } }, null, '\t')}\n`)
  write(paths.credentials, `https://dana:${PLANTED.credentials}@github.com\n`)
  const withCreds = repoUrl.replace('://', `://dana:${PLANTED.remote}@`)
  const cloned = await world.git(['clone', withCreds, paths.repo])
  if (cloned.code !== 0) throw new Error(`clone failed: ${cloned.stderr}`)
  const clean = await world.git(['init', paths.clean])
  if (clean.code !== 0) throw new Error(clean.stderr)
  await world.git(['remote', 'add', 'origin', 'https://github.com/acme/clean.git'], { cwd: paths.clean })
  return paths
}

/** Bytes of every file, to compare before and after. */
export const snapshot = (files: string[]): Record<string, string> => Object.fromEntries(files.map((f) => [f, readFileSync(f).toString('base64')]))
