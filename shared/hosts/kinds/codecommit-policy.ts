/** What each CodeCommit purpose needs from IAM, least first (CodeCommit permissions reference). */
export const CODECOMMIT_ACTIONS = {
  read: ['codecommit:GitPull'],
  write: ['codecommit:GitPull', 'codecommit:GitPush'],
  // Branch and pull request creation by tools (e.g. the Jira integration's guide asks for CreateBranch and
  // CreatePullRequest; docs.aws.amazon.com/codecommit/latest/userguide/auth-and-access-control-permissions-reference.html
  // lists GetBranch/CreateBranch under branches and GetPullRequest/CreatePullRequest under pull requests).
  integration: ['codecommit:GitPull', 'codecommit:GitPush', 'codecommit:GetRepository', 'codecommit:GetBranch', 'codecommit:CreateBranch', 'codecommit:GetPullRequest', 'codecommit:CreatePullRequest'],
} as const

/** Input of `codecommitPolicy`. */
export interface PolicyRequest {
  region: string
  repositories: string[]
  purpose: keyof typeof CODECOMMIT_ACTIONS
  /** The 12-digit AWS account; a placeholder when unknown. */
  accountId?: string
}

/**
 * A least-privilege IAM policy (JSON, to copy) scoped to the chosen repositories. Repository ARNs are
 * `arn:<partition>:codecommit:<region>:<account>:<name>`, partition `aws-cn` in China regions (IAM User
 * Guide, "ARN format"; CodeCommit permissions reference, "Resource" column).
 */
export const codecommitPolicy = (request: PolicyRequest): string => {
  const partition = request.region.startsWith('cn-') ? 'aws-cn' : request.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws'
  const account = request.accountId && /^\d{12}$/.test(request.accountId) ? request.accountId : '<account-id>'
  const names = request.repositories.map((r) => r.trim()).filter(Boolean)
  const resources = (names.length ? names : ['<repository-name>']).map((name) => `arn:${partition}:codecommit:${request.region}:${account}:${name}`)
  const statement = { Sid: 'PatKeeperCodeCommit', Effect: 'Allow', Action: [...CODECOMMIT_ACTIONS[request.purpose]], Resource: resources }
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)
}
