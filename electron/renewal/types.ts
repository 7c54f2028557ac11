// Renewal's types live in shared/ (the renderer shows them); re-exported here for the service's own imports.
export type { RenewalOutcome, RenewalPlan } from '../../shared/domain/renewal'
