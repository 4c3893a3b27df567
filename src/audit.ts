/**
 * Auditing a published rating: any report transcribed in the format of
 * `data/reports/<id>/report.json`, every published Z, W, R and rank compared with what the method
 * gives, each difference explained by an errata register or given a suggested cause. Validate a
 * transcription first with `reportFileSchema` (`cdto-kpi/schemas`); the bundled Q1 2024 report
 * and its reproduction are `cdto-kpi/reports/2024-q1`.
 *
 * @module
 */
// An add-on of the main entry: it loads the main entry, which costs it little (it uses the
// registry, the scorer or both, or zod, which costs more than all of them), and lets the build keep
// the main entry's modules in a few shared files (a cold import of the main entry reads 5 files,
// not 13; tests/cold-import.test.ts holds it).
import './index.js';

export {
  auditPublishedReport,
  periodReportOfPublished,
  publishedReportEntries,
  scorePublishedReport,
  type Audit,
  type FigureComparison,
  type ReportScore,
  type Reproduction,
  type SuggestedCause,
} from './reports/audit-published-report.js';
export type { BodyEntries } from './reports/score-entries.js';
export type { ErrataFile, Erratum, ReportFile } from './reports/published-report-schema.js';
export { ERRATUM_CAUSES, type ErratumCause } from './reports/erratum-causes.js';
export { CdtoKpiError, ERROR_CODES } from './errors/cdto-kpi-error.js';
