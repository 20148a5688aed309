import { RATING_LABELS, REPORT_STATUS_LABELS, type Benchmark, type Rating, type ReportStatus, type ReviewRole } from "@review/shared";
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
};

/** The host's decision on one recommendation of the report (after final). */
export type DecisionRow = { recommendation: string; decision: string; note: string; decidedBy: string | null };

/** Everything a renderer needs: metadata, the report body, factor names and the rating table. */
export type ReportDocument = {
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
};

/** Every factor of a benchmark by id, with its short code. */
export function factorCatalogue(benchmark: Benchmark | null): Map<string, FactorInfo> {
  const factors = new Map<string, FactorInfo>();
  if (!benchmark) return factors;
  let themeNumber = 0;
  for (const module of benchmark.modules) {
    const prefix = module.kind === "core" ? "Core " : `Module ${++themeNumber}.`;
    for (const factor of module.factors) {
      factors.set(factor.id, { id: factor.id, code: `${prefix}${factor.number}`, name: factor.name, moduleName: module.name });
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

export function ratingLabel(rating: Rating | null): string {
  return rating ? RATING_LABELS[rating] : "Not rated";
}

const ROLE_TITLES: Record<ReviewRole, [singular: string, plural: string]> = {
  moderator: ["Moderator", "Moderators"],
  peer: ["Peer reviewer", "Peer reviewers"],
  host: ["Host", "Hosts"],
  partner: ["Partner", "Partners"],
};

export function roleTitle(group: MemberGroup): string {
  const [singular, plural] = ROLE_TITLES[group.role];
  return group.names.length === 1 ? singular : plural;
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function formatIsoDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : DATE_FORMAT.format(date);
}

/** "12 March 2026 – 14 March 2026", one date, or null when the visit is not planned. */
export function visitDates(meta: Pick<ReportMeta, "visitStart" | "visitEnd">): string | null {
  const start = meta.visitStart ? formatIsoDate(meta.visitStart) : null;
  const end = meta.visitEnd ? formatIsoDate(meta.visitEnd) : null;
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? end;
}

/** "Final since 4 May 2026, set by Elena Ruiz" (or just "Draft" before any change). */
function statusText(status: NonNullable<ReportMeta["status"]>): string {
  const label = REPORT_STATUS_LABELS[status.status];
  const since = status.changedAt ? new Date(status.changedAt) : null;
  if (!since || Number.isNaN(since.getTime())) return label;
  return `${label} since ${DATE_FORMAT.format(since)}${status.changedBy ? `, set by ${status.changedBy}` : ""}`;
}

export function exportedOn(meta: ReportMeta): string {
  return DATE_FORMAT.format(meta.exportedAt);
}

/**
 * The title block as label/value pairs, shared by every format so they say the same.
 * Empty fields are left out.
 */
export function metaFields(meta: ReportMeta): { label: string; value: string }[] {
  const fields: { label: string; value: string }[] = [{ label: "Host project", value: meta.hostProject }];
  if (meta.country) fields.push({ label: "Country", value: meta.country });
  if (meta.theme) fields.push({ label: "Theme", value: meta.theme });
  const dates = visitDates(meta);
  if (dates) fields.push({ label: "Study visit", value: dates });
  if (meta.benchmark) fields.push({ label: "Benchmark", value: `${meta.benchmark.name} (${meta.benchmark.version})` });
  if (meta.modules.length > 0) fields.push({ label: meta.modules.length === 1 ? "Module" : "Modules", value: meta.modules.join(", ") });
  for (const group of meta.members) fields.push({ label: roleTitle(group), value: group.names.join(", ") });
  if (meta.status) fields.push({ label: "Report status", value: statusText(meta.status) });
  return fields.filter((field) => field.value.trim() !== "");
}
