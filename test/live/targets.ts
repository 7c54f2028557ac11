import type { HostKind, Purpose } from '../../shared/domain/hosts'
import type { DraftTarget } from '../../electron/validation/checker'

const env = process.env
const purpose = (name: string): Purpose | undefined => (env[`PATKEEPER_LIVE_${name}_PURPOSE`] as Purpose | undefined) || undefined

/** One live check: the host kind and, when its variables are set, the draft to check (secret included). */
export interface LiveTarget {
  kind: HostKind
  /** The variables that must be set for this check (shown when it is skipped). */
  needs: string[]
  draft?: DraftTarget
}

const when = (needs: string[], build: () => DraftTarget): DraftTarget | undefined => (needs.every((n) => env[n]) ? build() : undefined)
const v = (name: string) => env[name] || undefined

/**
 * One target per host kind, from `PATKEEPER_LIVE_*` variables (README, "Live checks"). A kind whose
 * variables are absent is skipped.
 */
export const liveTargets = (): LiveTarget[] => {
  const t = (kind: HostKind, needs: string[], build: () => Omit<DraftTarget, 'host'>): LiveTarget => ({ kind, needs, draft: when(needs, () => ({ host: kind, ...build() })) })
  return [
    t('github', ['PATKEEPER_LIVE_GITHUB_TOKEN'], () => ({ secret: v('PATKEEPER_LIVE_GITHUB_TOKEN')!, repository: v('PATKEEPER_LIVE_GITHUB_REPO'), purpose: purpose('GITHUB') })),
    t('github-enterprise', ['PATKEEPER_LIVE_GHES_TOKEN', 'PATKEEPER_LIVE_GHES_URL'], () => ({ secret: v('PATKEEPER_LIVE_GHES_TOKEN')!, url: v('PATKEEPER_LIVE_GHES_URL'), repository: v('PATKEEPER_LIVE_GHES_REPO'), purpose: purpose('GHES') })),
    t('gitlab', ['PATKEEPER_LIVE_GITLAB_TOKEN'], () => ({ secret: v('PATKEEPER_LIVE_GITLAB_TOKEN')!, username: v('PATKEEPER_LIVE_GITLAB_USERNAME'), repository: v('PATKEEPER_LIVE_GITLAB_PROJECT'), purpose: purpose('GITLAB') })),
    t('gitlab-self-managed', ['PATKEEPER_LIVE_GITLAB_SM_TOKEN', 'PATKEEPER_LIVE_GITLAB_SM_URL'], () => ({ secret: v('PATKEEPER_LIVE_GITLAB_SM_TOKEN')!, url: v('PATKEEPER_LIVE_GITLAB_SM_URL'), purpose: purpose('GITLAB_SM') })),
    t('bitbucket-cloud', ['PATKEEPER_LIVE_BITBUCKET_TOKEN'], () => ({ secret: v('PATKEEPER_LIVE_BITBUCKET_TOKEN')!, email: v('PATKEEPER_LIVE_BITBUCKET_EMAIL'), purpose: purpose('BITBUCKET') })),
    t('bitbucket-data-center', ['PATKEEPER_LIVE_BBDC_TOKEN', 'PATKEEPER_LIVE_BBDC_URL'], () => ({ secret: v('PATKEEPER_LIVE_BBDC_TOKEN')!, url: v('PATKEEPER_LIVE_BBDC_URL'), purpose: purpose('BBDC') })),
    t('azure-devops', ['PATKEEPER_LIVE_AZURE_TOKEN', 'PATKEEPER_LIVE_AZURE_ORG'], () => ({ secret: v('PATKEEPER_LIVE_AZURE_TOKEN')!, org: v('PATKEEPER_LIVE_AZURE_ORG'), purpose: purpose('AZURE') })),
    t('azure-devops-server', ['PATKEEPER_LIVE_ADOS_TOKEN', 'PATKEEPER_LIVE_ADOS_URL'], () => ({ secret: v('PATKEEPER_LIVE_ADOS_TOKEN')!, url: v('PATKEEPER_LIVE_ADOS_URL'), collection: v('PATKEEPER_LIVE_ADOS_COLLECTION'), purpose: purpose('ADOS') })),
    t('codecommit', ['PATKEEPER_LIVE_CODECOMMIT_KEY_ID', 'PATKEEPER_LIVE_CODECOMMIT_SECRET', 'PATKEEPER_LIVE_CODECOMMIT_REGION'], () => ({
      secret: v('PATKEEPER_LIVE_CODECOMMIT_SECRET')!,
      username: v('PATKEEPER_LIVE_CODECOMMIT_KEY_ID'),
      region: v('PATKEEPER_LIVE_CODECOMMIT_REGION'),
      repository: v('PATKEEPER_LIVE_CODECOMMIT_REPO'),
      purpose: purpose('CODECOMMIT'),
    })),
  ]
}
