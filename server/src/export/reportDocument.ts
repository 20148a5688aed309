import type { Benchmark, LocaleCode, PaperStatus, Rating, ReportStatus, ReviewRole } from "@review/shared";
import { exportMessages, formatExportDate } from "./i18n/index.ts";
import type { Block } from "./reportModel.ts";

/** One critical factor as exports name it. */
export type FactorInfo = {
  id: string;
  /** Short code, e.g. "Core 2" or "Module 1.3". */
  code: string;
  name: string;
  moduleName: string;
};

/** One row of the rating table: a factor of the review and the team's rating (null: not rated). */
export type RatingRow = { factor: FactorInfo; rating: Rating | null };

export type MemberGroup = { role: ReviewRole; names: string[] };

/** What the title block shows. Every string is user input and is escaped by the renderers. */
export type ReportMeta = {
  title: string;
  hostProject: string;
  country: string;
  theme: string;
  /** ISO dates (YYYY-MM-DD). */
  visitStart: string | null;
  visitEnd: string | null;
  benchmark: { name: string; version: string } | null;
  /** Names of the modules the review covers (Core first). */
  modules: string[];
  /** Members grouped by role, in the order moderator, peer, host, partner; empty groups left out. */
  members: MemberGroup[];
  exportedAt: Date;
  /** Where the report stands in the review cycle (left out of the title block when absent). */
  status?: { status: ReportStatus; changedAt: string | null; changedBy: string | null };
  /** Set when the document is a policy paper: its title block names these instead of a review's. */
  paper?: { summary: string; authors: string[]; status: PaperStatus };
};

/** The host's decision on one recommendation of the report (after final). */
export type DecisionRow = { recommendation: string; decision: string; note: string; decidedBy: string | null };
/** A recommendation with addressees, named in the export's language; `followUp` only once it has notes. */
export type AddresseeRow = { recommendation: string; addressees: string; followUp: string };

/** Everything a renderer needs: metadata, the report body, factor names and the rating table. */
export type ReportDocument = {
  /** The language of everything the export writes around the report (headings, labels, dates). */
  locale: LocaleCode;
  meta: ReportMeta;
  blocks: Block[];
  factors: ReadonlyMap<string, FactorInfo>;
  /**
   * The rating table (factor × team rating) for the review's modules, or null to leave it
   * out (no benchmark, no board, or no factor rated yet).
   */
  ratings: RatingRow[] | null;
  /** The host's decisions on the recommendations, in report order; absent or null when none is recorded. */
  decisions?: DecisionRow[] | null;
  /** Recommendations that have addressees or follow-up; null when none has. */
  addressees?: AddresseeRow[] | null;
};

/** Every factor of a benchmark by id, with its short code in `locale`. */
export function factorCatalogue(benchmark: Benchmark | null, locale: LocaleCode = "en"): Map<string, FactorInfo> {
  const factors = new Map<string, FactorInfo>();
  if (!benchmark) return factors;
  const { factorCode } = exportMessages(locale);
  let themeNumber = 0;
  for (const module of benchmark.modules) {
    const moduleNumber = module.kind === "core" ? 0 : ++themeNumber;
    for (const factor of module.factors) {
      const code = module.kind === "core" ? factorCode.core(factor.number) : factorCode.theme(moduleNumber, factor.number);
      factors.set(factor.id, { id: factor.id, code, name: factor.name, moduleName: module.name });
    }
  }
  return factors;
}

/** "Core 2 Migrant Voice" for a known factor; the id itself for an unknown one. */
export function factorLabelText(factors: ReadonlyMap<string, FactorInfo>, ids: string[]): string {
  return ids
    .map((id) => {
      const factor = factors.get(id);
      return factor ? `${factor.code} ${factor.name}` : id;
    })
    .join("; ");
}

export function ratingLabel(rating: Rating | null, locale: LocaleCode): string {
  const messages = exportMessages(locale);
  return rating ? messages.ratings[rating] : messages.notRated;
}

export function roleTitle(group: MemberGroup, locale: LocaleCode): string {
  const [singular, plural] = exportMessages(locale).roles[group.role];
  return group.names.length === 1 ? singular : plural;
}

function formatIsoDate(iso: string, locale: LocaleCode): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : formatExportDate(locale, date);
}

/** "12 March 2026 – 14 March 2026", one date, or null when the visit is not planned. */
export function visitDates(meta: Pick<ReportMeta, "visitStart" | "visitEnd">, locale: LocaleCode): string | null {
  const start = meta.visitStart ? formatIsoDate(meta.visitStart, locale) : null;
  const end = meta.visitEnd ? formatIsoDate(meta.visitEnd, locale) : null;
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? end;
}

/** "Final since 4 May 2026, set by Elena Ruiz" (or just "Draft" before any change). */
function statusText(status: NonNullable<ReportMeta["status"]>, locale: LocaleCode): string {
  const messages = exportMessages(locale);
  const label = messages.reportStatus[status.status];
  const since = status.changedAt ? new Date(status.changedAt) : null;
  if (!since || Number.isNaN(since.getTime())) return label;
  return messages.statusSince(label, formatExportDate(locale, since), status.changedBy);
}

/** "Exported on 20 March 2026" in `locale`. */
/** What the document is called above its title: "Findings report" or "Policy paper", in `locale`. */
export function documentKindName(meta: ReportMeta, locale: LocaleCode): string {
  const messages = exportMessages(locale);
  return meta.paper ? messages.policyPaper : messages.findingsReport;
}

export function exportedOn(meta: ReportMeta, locale: LocaleCode): string {
  return exportMessages(locale).exportedOn(formatExportDate(locale, meta.exportedAt));
}

/**
 * The title block as label/value pairs, shared by every format so they say the same.
 * Empty fields are left out.
 */
export function metaFields(meta: ReportMeta, locale: LocaleCode): { label: string; value: string }[] {
  const { fields: label, paperStatus } = exportMessages(locale);
  if (meta.paper) {
    return [
      { label: label.summary, value: meta.paper.summary },
      { label: label.authors, value: meta.paper.authors.join(", ") },
      { label: label.paperStatus, value: paperStatus[meta.paper.status] },
    ].filter((field) => field.value.trim() !== "");
  }
  const fields: { label: string; value: string }[] = [{ label: label.hostProject, value: meta.hostProject }];
  if (meta.country) fields.push({ label: label.country, value: meta.country });
  if (meta.theme) fields.push({ label: label.theme, value: meta.theme });
  const dates = visitDates(meta, locale);
  if (dates) fields.push({ label: label.studyVisit, value: dates });
  if (meta.benchmark) fields.push({ label: label.benchmark, value: `${meta.benchmark.name} (${meta.benchmark.version})` });
  if (meta.modules.length > 0) fields.push({ label: meta.modules.length === 1 ? label.module : label.modules, value: meta.modules.join(", ") });
  for (const group of meta.members) fields.push({ label: roleTitle(group, locale), value: group.names.join(", ") });
  if (meta.status) fields.push({ label: label.reportStatus, value: statusText(meta.status, locale) });
  return fields.filter((field) => field.value.trim() !== "");
}
