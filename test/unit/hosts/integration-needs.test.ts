import { describe, expect, it } from 'vitest'
import { HOST_KINDS } from '../../../shared/domain/hosts'
import { buildGuide, hostSpec, normalizeHostLocation } from '../../../shared/hosts/catalog'
import { codecommitPolicy } from '../../../shared/hosts/kinds/codecommit-policy'

const WHERE = { url: 'https://git.acme.example/tfs/Coll', org: 'contoso', region: 'eu-west-1' }

describe('"integration" covers what integrations do: branches and pull/merge requests', () => {
  for (const kind of HOST_KINDS) {
    it(`${kind}: the integration guide says what branch and pull/merge request creation need`, () => {
      const loc = normalizeHostLocation(kind, { ...WHERE, url: hostSpec(kind).needs.url ? WHERE.url : undefined })
      if (!loc.ok) throw new Error(loc.message)
      const guide = buildGuide({ kind, location: loc.value, purpose: 'integration', tokenName: 'n', tokenType: kind === 'codecommit' ? 'access-key' : undefined })
      expect(guide.notices.join(' ')).toMatch(/branches.*(pull|merge) requests|pull requests.*branches/i)
    })
  }

  it('CodeCommit integration asks for CreateBranch and CreatePullRequest, not only GitPull/GitPush', () => {
    const loc = normalizeHostLocation('codecommit', { region: 'eu-west-1' })
    if (!loc.ok) throw new Error(loc.message)
    const guide = buildGuide({ kind: 'codecommit', location: loc.value, purpose: 'integration', tokenName: 'n', tokenType: 'access-key', repositories: ['app', 'infra'], accountId: '123456789012' })
    expect(guide.scopes).toEqual(expect.arrayContaining(['codecommit:GitPull', 'codecommit:GitPush', 'codecommit:CreateBranch', 'codecommit:CreatePullRequest']))
    const policy = JSON.parse(guide.policy!) as { Version: string; Statement: { Effect: string; Action: string[]; Resource: string[] }[] }
    expect(policy.Version).toBe('2012-10-17')
    expect(policy.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: ['arn:aws:codecommit:eu-west-1:123456789012:app', 'arn:aws:codecommit:eu-west-1:123456789012:infra'] })
    expect(policy.Statement[0]!.Action).toContain('codecommit:CreatePullRequest')
    expect(policy.Statement[0]!.Action).not.toContain('codecommit:*')
  })

  it('the policy is least-privilege per purpose and uses the aws-cn partition in China', () => {
    const read = JSON.parse(codecommitPolicy({ region: 'cn-north-1', repositories: ['app'], purpose: 'read' })) as { Statement: { Action: string[]; Resource: string[] }[] }
    expect(read.Statement[0]).toEqual(expect.objectContaining({ Action: ['codecommit:GitPull'], Resource: ['arn:aws-cn:codecommit:cn-north-1:<account-id>:app'] }))
    const push = JSON.parse(codecommitPolicy({ region: 'us-east-1', repositories: [], purpose: 'write' })) as { Statement: { Action: string[]; Resource: string[] }[] }
    expect(push.Statement[0]!.Action).toEqual(['codecommit:GitPull', 'codecommit:GitPush'])
    expect(push.Statement[0]!.Resource).toEqual(['arn:aws:codecommit:us-east-1:<account-id>:<repository-name>'])
  })
})
