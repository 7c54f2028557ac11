import { parseArgs } from 'node:util'
import { HOST_KINDS, PURPOSES, isHostKind, isPurpose } from '../../../shared/domain/hosts'
import { buildGuide, hostSpec, normalizeHostLocation, variantOf, type Guide } from '../../../shared/hosts/catalog'
import { AppError } from '../../errors/app-error'
import { openExternalChecked } from '../../security/external-links'
import { EXIT, type Command } from '../command'

const HELP = `Usage: patkeeper guide <kind> [--url <host url>] [--org <org>] [--collection <c>] [--region <r>]
                       [--purpose <p>] [--type <variant>] [--name <token name>] [--open] [--json]

Prints the steps to create a least-privilege token on a Git host, and the token page link
(pre-filled with the name and scopes where the host supports it).

Kinds:     ${HOST_KINDS.join(', ')}
Purposes:  read (clone, pull), write (push; default), write-workflows (push CI workflow files),
           integration (API access for a tool that also pushes)
Variants:  github: fine-grained (default), classic; github-enterprise: classic (default), fine-grained;
           codecommit: git-credentials (default), access-key
--open     also opens the token page in your browser
--json     prints {kind, hostName, tokenType, purpose, steps[], tokenPageUrl, scopes[], checklist[],
           username, notices[], expiry, docsUrl, location}

Exit codes: 0 printed, 2 unknown kind, purpose or variant, or a host address that is not valid.`

const parseOrExplain = (argv: string[]) => {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' }, org: { type: 'string' }, collection: { type: 'string' }, region: { type: 'string' },
        purpose: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, username: { type: 'string' },
        open: { type: 'boolean' }, json: { type: 'boolean' },
      },
    })
  } catch (error) {
    throw new AppError('invalid-input', `${(error as Error).message}. Run "patkeeper guide --help" for the options.`)
  }
}

const defaultName = (kind: string, now: Date) => `PAT Keeper ${kind} ${now.toISOString().slice(0, 10)}`

const render = (guide: Guide, addHint: string): string =>
  [
    `Create a token on ${guide.hostName}: ${guide.purposeLabel} (${guide.variantLabel})`,
    '',
    ...guide.steps.map((step, i) => `  ${String(i + 1).padStart(2)}. ${step}`),
    '',
    `What to tick:  ${guide.checklist.join('; ')}`,
    `Scopes:        ${guide.scopes.join(', ')}`,
    ...(guide.username ? [`Git username:  ${guide.username}`] : []),
    `Expiry:        ${guide.expiry}`,
    ...(guide.notices.length ? ['', 'Good to know:', ...guide.notices.map((n) => `  - ${n}`)] : []),
    '',
    'Token page:',
    `  ${guide.tokenPageUrl}`,
    '',
    'Then store it (the token is read from stdin):',
    `  ${addHint}`,
  ].join('\n')

/** `patkeeper guide`: the wizard's steps and pre-filled link, in a terminal. */
export const guideCommand: Command = {
  name: 'guide',
  summary: 'steps and the token page link to create a token',
  help: HELP,
  run: async (argv, { services, io }) => {
    const { values, positionals } = parseOrExplain(argv)
    const kind = positionals[0]
    if (!kind || !isHostKind(kind)) throw new AppError('invalid-input', `Name a host kind: ${HOST_KINDS.join(', ')}.`)
    const purpose = values.purpose ?? 'write'
    if (!isPurpose(purpose)) throw new AppError('invalid-input', `--purpose must be one of: ${PURPOSES.join(', ')}.`)
    const variants = hostSpec(kind).variants.map((v) => v.id)
    if (values.type && !variants.includes(values.type)) throw new AppError('invalid-input', `--type for ${kind} must be one of: ${variants.join(', ')}.`)
    const location = normalizeHostLocation(kind, values)
    if (!location.ok) throw new AppError('invalid-input', location.message)
    const tokenName = values.name?.trim() || defaultName(kind, services.deps.clock())
    const guide = buildGuide({ kind, location: location.value, purpose, tokenName, tokenType: values.type, username: values.username })
    const where = [
      hostSpec(kind).needs.url ? `--url ${location.value.url}` : '',
      location.value.org ? `--org ${location.value.org}` : '',
      location.value.collection ? `--collection "${location.value.collection}"` : '',
      location.value.region ? `--region ${location.value.region}` : '',
    ].filter(Boolean)
    const addHint = ['patkeeper add', `--host ${kind}`, '--label <label>', ...where, `--purpose ${guide.purpose}`, ...(variantOf(kind, guide.tokenType).username?.required ? ['--username <username>'] : []), ...(hostSpec(kind).email ? ['--email <account email>'] : [])].join(' ')
    io.out(values.json ? JSON.stringify({ ...guide, location: location.value }, null, 2) : render(guide, addHint))
    if (values.open) {
      if (!hostSpec(kind).defaultUrl) services.links.allowExactUrl(guide.tokenPageUrl)
      await openExternalChecked(guide.tokenPageUrl, services.links, services.deps.openExternal)
    }
    return EXIT.ok
  },
}
