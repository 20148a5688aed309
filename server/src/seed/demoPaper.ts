import type { RecommendationActor } from "@review/shared";
import { plain, seedTextUpdate, type SeedBlock } from "./seedText.ts";

export const DEMO_PAPER = {
  title: "Including the migrant voice: findings across three reviews",
  summary: "Cross-cutting findings of the 2026 review round on how projects hear and act on the views of migrants, for Managing Authorities and projects.",
};

/** Adapted from the IMPART final report (seed 002), section 4.2, for the three demo reviews. */
const DEMO_PAPER_TEXT: SeedBlock[] = [
  { type: "heading", level: 1, text: "Including the migrant voice" },
  {
    type: "paragraph",
    runs: [
      { text: "One issue emerging across the peer reviews of this round is the importance of migrants' voice: to what extent projects engage with migrant and ethnic minority individuals and communities, and how they use their feedback." },
    ],
  },
  { type: "heading", level: 2, text: "Finding: the migrant voice is heard, but not systematically" },
  {
    type: "paragraph",
    runs: [
      { text: "Critical factors relating to migrant engagement were at least partially matched in most reviews. " },
      { text: "However this was not sustained through all stages of a project: migrants were consulted on delivery but rarely on planning or evaluation.", factorIds: ["core-2"] },
    ],
  },
  {
    type: "paragraph",
    runs: [
      { text: "Projects could be more active not just in getting feedback from participants while delivering services, but in consulting the wider migrant population before a project is launched, " },
      { text: "to find out directly about their needs", factorIds: ["core-1"] },
      { text: "." },
    ],
  },
  { type: "heading", level: 2, text: "Recommendations" },
  {
    type: "bulletList",
    items: [
      {
        runs: plain("Managing Authorities: ask projects for a clear rationale for including the migrant voice, and for how it changes their practice."),
        recommendation: "demo-paper-rec-rationale",
      },
      { runs: plain("Projects: involve migrant self-organisations in governance, not only as sources of feedback."), recommendation: "demo-paper-rec-governance" },
    ],
  },
];

/** The demo paper's text as one Yjs update for the Tiptap fragment, factor links included. */
export function demoPaperUpdate(): Uint8Array {
  return seedTextUpdate(DEMO_PAPER_TEXT);
}

/** Who the demo paper's recommendations are addressed to, as its author set it. */
export const DEMO_PAPER_ADDRESSEES: ReadonlyMap<string, RecommendationActor[]> = new Map([
  ["demo-paper-rec-rationale", ["managing_authorities", "european_commission"]],
  ["demo-paper-rec-governance", ["projects", "ngos"]],
]);
