/**
 * The DNS suffix of an AWS region: China regions live under amazonaws.com.cn, all others under amazonaws.com
 * (docs.amazonaws.cn/en_us/aws/latest/userguide/endpoints-Beijing.html). Kept in its own tiny file because
 * the credential helper needs it on every git request without loading the host catalog.
 */
export const awsDomain = (region: string | undefined): string => (region?.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com')

/** CodeCommit's git host for a region, e.g. `git-codecommit.eu-west-1.amazonaws.com`. */
export const codecommitGitHost = (region: string | undefined): string => `git-codecommit.${region ?? ''}.${awsDomain(region)}`
