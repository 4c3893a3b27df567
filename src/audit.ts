/**
 * cdto-kpi/audit: auditing a published rating. Any report transcribed in the format of
 * `data/reports/<id>/report.json`, validated at the door, every published Z, W, R and rank
 * compared with what the method gives, each difference explained by an errata register or given
 * a suggested cause. The bundled Q1 2024 report is `cdto-kpi/reports/2024-q1`. This entry holds
 * every bundled edition's data (a report is audited against its edition), at hand in the default
 * registry.
 *
 * @module
 */
import { provideEditions } from './editions/registry.js';
import { BUNDLED_SOURCES } from './generated/bundled-sources.js';

provideEditions(...BUNDLED_SOURCES);

export {
  auditPublishedReport,
  periodReportOfPublished,
  scorePublishedReport,
  type Audit,
  type AuditOptions,
  type FigureComparison,
  type ReportScore,
  type RankChange,
  type Reproduction,
  type SuggestedCause,
} from './reports/audit-published-report.js';
export { ERRATUM_CAUSES, type ErrataFile, type Erratum, type ErratumCause, type ReportFile } from './reports/published-report-schema.js';
