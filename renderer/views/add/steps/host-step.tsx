import { HOST_KINDS, type HostKind } from '../../../../shared/domain/hosts'
import { HOST_CATALOG } from '../../../../shared/hosts/catalog'
import { HostMark } from '../../../components/hosts/host-mark'

/** Step 1: pick the host kind; one click (or Enter) moves on. */
export const HostStep = ({ selected, onPick }: { selected?: HostKind; onPick(kind: HostKind): void }) => (
  <section className="wizard-step" aria-labelledby="step-title">
    <h2 id="step-title" tabIndex={-1}>Where is the token for?</h2>
    <p className="muted">Pick the service that hosts your repositories. PAT Keeper shows exactly what to click there.</p>
    <div className="host-grid">
      {HOST_KINDS.map((kind) => {
        const spec = HOST_CATALOG[kind]
        return (
          <button key={kind} type="button" className="host-card" aria-pressed={selected === kind} data-kind={kind} onClick={() => onPick(kind)}>
            <HostMark kind={kind} />
            <span className="host-card-text">
              <span className="host-card-name">{spec.displayName}</span>
              <span className="host-card-tagline">{spec.tagline}</span>
            </span>
          </button>
        )
      })}
    </div>
  </section>
)
