import type { HostKind } from '../../../shared/domain/hosts'

/** Short text marks per host family (no logos: their use needs permission, and text scales with the theme). */
const MARKS: Record<HostKind, { text: string; family: string }> = {
  github: { text: 'GH', family: 'github' },
  'github-enterprise': { text: 'GHE', family: 'github' },
  gitlab: { text: 'GL', family: 'gitlab' },
  'gitlab-self-managed': { text: 'GL', family: 'gitlab' },
  'bitbucket-cloud': { text: 'BB', family: 'bitbucket' },
  'bitbucket-data-center': { text: 'BB', family: 'bitbucket' },
  'azure-devops': { text: 'AZ', family: 'azure' },
  'azure-devops-server': { text: 'AZ', family: 'azure' },
  codecommit: { text: 'AWS', family: 'aws' },
}

/** A small square mark standing for a host kind. */
export const HostMark = ({ kind }: { kind: HostKind }) => {
  const mark = MARKS[kind]
  return (
    <span className={`host-mark host-mark-${mark.family}`} aria-hidden="true">
      {mark.text}
    </span>
  )
}
