import type { RecommendationActor } from "@review/shared";
import { plain, seedTextUpdate, type SeedBlock } from "./seedText.ts";

/**
 * The first demo review's draft findings report: one section per rated factor, passages linked
 * to their factors (so the sidebar shows coverage) and recommendations marked as such (so the
 * host can decide on them once the report is final). Some factors are left uncovered on purpose.
 */
const DEMO_REPORT: SeedBlock[] = [
  { type: "heading", level: 1, text: "Findings report: Pathways to Work" },
  {
    type: "paragraph",
    runs: plain(
      "Draft of the peer team after the four-day visit to Västra Götaland. Each critical factor below gets our findings, the evidence behind them and our rating; recommendations follow at the end.",
    ),
  },
  { type: "heading", level: 2, text: "Core 1: Needs Assessment" },
  {
    type: "paragraph",
    runs: [
      { text: "The project based its design on " },
      { text: "a regional labour-market analysis and a survey of 240 newly arrived residents", factorIds: ["core-1"] },
      { text: ", both repeated every second year." },
    ],
  },
  { type: "heading", level: 2, text: "Core 2: Migrant Voice" },
  {
    type: "paragraph",
    runs: [
      { text: "Participants told us in two interviews that " },
      { text: "the programme's mentors are themselves former participants", factorIds: ["core-2"] },
      { text: ". We still need documentary evidence of how their feedback reaches the steering group." },
    ],
  },
  { type: "heading", level: 2, text: "Core 3: Employer Engagement" },
  {
    type: "paragraph",
    runs: [
      { text: "Employers co-design the work-placement modules: " },
      { text: "eleven firms signed placement agreements and two of them sit on the steering group", factorIds: ["core-3"] },
      { text: "." },
    ],
  },
  { type: "heading", level: 2, text: "Module 1.1: Valuing Migrant Competences" },
  {
    type: "paragraph",
    runs: [
      { text: "Skills audits in the participant's own language " },
      { text: "lead to a competence portfolio that employers in the partnership recognise", factorIds: ["m1-1"] },
      { text: "; formal validation still depends on national bodies and takes months." },
    ],
  },
  { type: "heading", level: 2, text: "Recommendations" },
  {
    type: "bulletList",
    items: [
      { runs: plain("Record participants' feedback in the steering group minutes and report back what changed."), recommendation: "demo-rec-feedback" },
      { runs: plain("Publish the mentor scheme as a transferable practice for the network."), recommendation: "demo-rec-mentors" },
      { runs: plain("Agree a fast track with the national validation body for the portfolio's most common professions."), recommendation: "demo-rec-validation" },
    ],
  },
];

/** The demo review's starting report, as one Yjs update for the Tiptap fragment. */
export function demoReportUpdate(): Uint8Array {
  return seedTextUpdate(DEMO_REPORT);
}

/** Where the module's section starts: the early draft stops before it. */
const EARLY_DRAFT_END = DEMO_REPORT.findIndex((block) => block.type === "heading" && block.text.startsWith("Module 1.1"));

/**
 * The team's notes after the second day, kept as a named version of the demo report so that
 * its history has something to compare: the module's section and the recommendations are
 * not written yet, and the migrant-voice finding still reads as a first impression.
 */
export function demoReportEarlyDraftUpdate(): Uint8Array {
  const early = DEMO_REPORT.slice(0, EARLY_DRAFT_END).map((block): SeedBlock =>
    block.type === "paragraph" && block.runs.some((run) => run.factorIds?.includes("core-2"))
      ? { type: "paragraph", runs: plain("Participants told us that some mentors are former participants. To check with the steering group.") }
      : block,
  );
  return seedTextUpdate(early);
}

/** Who the demo report's recommendations are addressed to, as the team set it. */
export const DEMO_ADDRESSEES: ReadonlyMap<string, RecommendationActor[]> = new Map([
  ["demo-rec-feedback", ["projects"]],
  ["demo-rec-mentors", ["projects", "managing_authorities"]],
  ["demo-rec-validation", ["national_regional_authorities", "skills_bodies"]],
]);
