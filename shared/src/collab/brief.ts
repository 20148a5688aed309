import type * as Y from "yjs";

/**
 * The layout of `review:<id>:brief`, the host's preparation documents: two Tiptap
 * fragments, the short project report and the baseline context. The baseline context
 * covers the sections below (the editor offers them as headings to write under).
 */
export const BRIEF_FRAGMENTS = ["projectReport", "baselineContext"] as const;
export type BriefFragment = (typeof BRIEF_FRAGMENTS)[number];

/** The sections of the baseline context, in the order the peer review method lists them. */
export const BASELINE_CONTEXT_SECTIONS = ["migrantPopulation", "policies", "equalitiesLegislation", "funding", "strategies"] as const;
export type BaselineContextSection = (typeof BASELINE_CONTEXT_SECTIONS)[number];

/** The fragment of the brief document that holds one of its parts. */
export function briefFragment(doc: Y.Doc, part: BriefFragment): Y.XmlFragment {
  return doc.getXmlFragment(part);
}

/** Whether the host has written anything in either part yet. */
export function briefHasContent(doc: Y.Doc): boolean {
  return BRIEF_FRAGMENTS.some((part) => briefFragment(doc, part).length > 0);
}
