import type { JSONContent } from "@tiptap/core";
import type { EvidenceCard } from "@review/shared";
import { FACTOR_MARK } from "../../editor/factorMark.ts";

/** What the drafted section says, already in words (the caller translates). */
export type SectionInput = {
  factorId: string;
  /** "Core 2: Migrant Voice" (the report's own heading style): the heading. */
  heading: string;
  /** The heading's level, that of the report's sections where it goes. */
  level: number;
  /** "Team rating: partly matched" or "Team rating: not yet rated". */
  ratingLine: string;
  rationale: string;
  /** One line per cited card: "text — source kind, source label". */
  quotes: string[];
};

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);

function marked(value: string, factorId: string): JSONContent[] {
  return value ? [{ type: "text", text: value, marks: [{ type: FACTOR_MARK, attrs: { factorIds: [factorId] } }] }] : [];
}

/**
 * The drafted section as Tiptap JSON: heading, rating, rationale, quotes. One passage is linked
 * to the factor (the rationale, else the rating line): the section's finding, linked once, not
 * every paragraph (exports tag each linked passage).
 */
export function buildFactorSection(input: SectionInput): JSONContent[] {
  const { factorId } = input;
  const rationale = input.rationale.trim();
  const blocks: JSONContent[] = [
    { type: "heading", attrs: { level: input.level }, content: text(input.heading) },
    { type: "paragraph", content: rationale ? text(input.ratingLine) : marked(input.ratingLine, factorId) },
  ];
  if (rationale) blocks.push({ type: "paragraph", content: marked(rationale, factorId) });
  for (const quote of input.quotes) {
    blocks.push({ type: "blockquote", content: [{ type: "paragraph", content: text(quote) }] });
  }
  return blocks;
}

/** A card as quoted: "text — source kind, source label" (the label left out when empty). */
export function quoteLine(card: Pick<EvidenceCard, "text" | "sourceLabel">, sourceKindLabel: string): string {
  const source = card.sourceLabel.trim() ? `${sourceKindLabel}, ${card.sourceLabel.trim()}` : sourceKindLabel;
  return `${card.text.trim()} — ${source}`;
}

/**
 * A short fingerprint of what the cited cards say (FNV-1a over their quoted fields, in
 * citation order). A missing card counts as a change: the section quotes something gone.
 */
export function evidenceHash(cardIds: readonly string[], cards: ReadonlyMap<string, EvidenceCard>): string {
  const parts = cardIds.map((id) => {
    const card = cards.get(id);
    return card ? [id, card.text, card.source, card.sourceLabel, card.stance].join("\u0001") : `${id}\u0001missing`;
  });
  let hash = 0x811c9dc5;
  for (const char of parts.join("\u0002")) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
