import * as Y from "yjs";
import { recommendationIdSchema, type RecommendationDecision } from "@review/shared/self";
import type { LocaleCode, RecommendationFollowUp } from "@review/shared";
import { exportMessages } from "./i18n/index.ts";
import type { AddresseeRow, DecisionRow } from "./reportDocument.ts";
import { cleanText } from "./reportModel.ts";

/** A passage of the report marked as a recommendation (the editor's `recommendationId` attribute). */
export type MarkedRecommendation = { id: string; text: string };

const MAX_DEPTH = 32;

/** The recommendations of a report in reading order; an id marked twice (a copy) counts once. */
export function readRecommendations(fragment: Y.XmlFragment): MarkedRecommendation[] {
  const found: MarkedRecommendation[] = [];
  const seen = new Set<string>();
  const walk = (nodes: unknown[], depth: number) => {
    if (depth > MAX_DEPTH) return;
    for (const node of nodes) {
      if (!(node instanceof Y.XmlElement)) continue;
      const id = recommendationIdSchema.safeParse(node.getAttribute("recommendationId"));
      if (id.success && !seen.has(id.data)) {
        const text = plainText(node).replace(/\s+/g, " ").trim();
        seen.add(id.data);
        if (text) found.push({ id: id.data, text });
        continue;
      }
      walk(node.toArray(), depth + 1);
    }
  };
  walk(fragment.toArray(), 0);
  return found;
}

function plainText(node: Y.XmlElement | Y.XmlText): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[]).map((op) => (typeof op.insert === "string" ? cleanText(op.insert) : "")).join("");
  }
  return node
    .toArray()
    .map((child) => (child instanceof Y.XmlElement || child instanceof Y.XmlText ? `${plainText(child)} ` : ""))
    .join("");
}

/**
 * The decision table of an export: each marked recommendation that has a decision, in report
 * order, with who decided (a member's name; null for someone no longer in the review) and
 * the decision named in `locale`. Null when no recommendation has a decision.
 */
export function decisionRows(
  recommendations: readonly MarkedRecommendation[],
  decisions: ReadonlyMap<string, RecommendationDecision>,
  memberNames: ReadonlyMap<string, string>,
  locale: LocaleCode = "en",
): DecisionRow[] | null {
  const labels = exportMessages(locale).decisions;
  const rows: DecisionRow[] = [];
  for (const recommendation of recommendations) {
    const decision = decisions.get(recommendation.id);
    if (!decision) continue;
    rows.push({
      recommendation: recommendation.text,
      decision: labels[decision.decision],
      note: cleanText(decision.note).replace(/\s+/g, " ").trim(),
      decidedBy: memberNames.get(decision.decidedBy) ?? null,
    });
  }
  return rows.length > 0 ? rows : null;
}

/**
 * The addressee table of an export: each recommendation that has addressees or follow-up
 * notes, in report order, named in `locale`. Null when none has.
 */
export function addresseeRows(recommendations: readonly RecommendationFollowUp[], locale: LocaleCode = "en"): AddresseeRow[] | null {
  const { actors, followUp } = exportMessages(locale);
  const rows = recommendations
    .filter((recommendation) => recommendation.addressees.length > 0 || recommendation.notes.length > 0)
    .map((recommendation) => ({
      recommendation: recommendation.text,
      addressees: recommendation.addressees.map((actor) => actors[actor]).join(", "),
      followUp: recommendation.notes.length > 0 ? followUp[recommendation.status] : "",
    }));
  return rows.length > 0 ? rows : null;
}
