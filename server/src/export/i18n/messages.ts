import type { FollowUpStatus, PaperStatus, Rating, RecommendationActor, ReportStatus, ReviewRole } from "@review/shared";
import type { RecommendationDecisionKind } from "@review/shared/self";

/**
 * Every human-facing string an export writes around the report's own text. One object per
 * language (`en.ts`, `de.ts`, `es.ts`), each typed by this, so a missing key fails typecheck.
 * What the team wrote and what the benchmark says stay as written.
 */
export type ExportMessages = {
  /** The BCP 47 tag dates are formatted with and Word spell-checks by ("en-GB"). */
  languageTag: string;
  findingsReport: string;
  /** File-name parts (lower case, dashes): `<title>-<findingsReportFile>.md`. */
  findingsReportFile: string;
  codedExcerptsFile: string;
  policyPaper: string;
  /** `<title>-<policyPaperFile>.md`. */
  policyPaperFile: string;
  /** The DOCX's description property. */
  documentDescription: (title: string) => string;
  printHint: string;
  exportedOn: (date: string) => string;
  fields: {
    hostProject: string;
    country: string;
    theme: string;
    studyVisit: string;
    benchmark: string;
    module: string;
    modules: string;
    reportStatus: string;
    summary: string;
    authors: string;
    paperStatus: string;
  };
  roles: Record<ReviewRole, readonly [singular: string, plural: string]>;
  reportStatus: Record<ReportStatus, string>;
  paperStatus: Record<PaperStatus, string>;
  /** "Final since 4 May 2026, set by Elena Ruiz". */
  statusSince: (status: string, date: string, by: string | null) => string;
  ratings: Record<Rating, string>;
  notRated: string;
  ratingTable: { heading: string; factor: string; module: string; teamRating: string };
  decisionTable: { heading: string; recommendation: string; decision: string; note: string };
  decisions: Record<RecommendationDecisionKind, string>;
  /** The table of recommendations with who they are addressed to and their follow-up. */
  addresseeTable: { heading: string; recommendation: string; addressees: string; followUp: string };
  actors: Record<RecommendationActor, string>;
  followUp: Record<FollowUpStatus, string>;
  /** Short factor codes: "Core 2", "Module 1.3". */
  factorCode: { core: (number: string) => string; theme: (moduleNumber: number, number: string) => string };
};
