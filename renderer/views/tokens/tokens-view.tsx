import { EmptyState } from '../../components/empty-state'
import { Icon } from '../../components/icons'
import { PageHeader } from '../../components/page-header'
import { useNavigation } from '../../hooks/use-navigation'

/** The first screen: every token, or a friendly start when there are none. */
export const TokensView = () => {
  const { navigate } = useNavigation()
  const add = (
    <button className="btn btn-primary" onClick={() => navigate({ view: 'add' })}>
      + Add token
    </button>
  )
  return (
    <div className="page">
      <PageHeader title="Tokens" description="Every personal access token you use, checked against its host." actions={add} />
      <EmptyState symbol={<Icon name="key" size={30} />} title="No tokens yet" action={add}>
        Add your first token: PAT Keeper walks you through creating it with the least scopes, keeps it in your
        system keychain and warns you before it expires.
      </EmptyState>
    </div>
  )
}
