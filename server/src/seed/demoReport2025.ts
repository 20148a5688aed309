import type { FollowUpStatus, RecommendationActor } from "@review/shared";
import { plain, seedTextUpdate, type SeedBlock } from "./seedText.ts";

/**
 * The final report of the first round of Pathways to Work (2025), as its team wrote it: what the
 * second round (2026) follows up. Employer engagement was only partly matched, monitoring and
 * individual support were not; its recommendations were addressed and followed up since.
 */
const REPORT_2025: SeedBlock[] = [
  { type: "heading", level: 1, text: "Findings report: Pathways to Work (first round, 2025)" },
  {
    type: "paragraph",
    runs: plain(
      "Final report of the peer team after the visit of 10–13 March 2025, with the host's comments taken into account. The project is young: most findings describe what is planned rather than what already works.",
    ),
  },
  { type: "heading", level: 2, text: "Core 3: Employer Engagement" },
  {
    type: "paragraph",
    runs: [
      { text: "Employers are consulted but do not yet shape the programme: " },
      { text: "four firms offer placements, none sits on the steering group", factorIds: ["core-3"] },
      { text: ". Partly matched." },
    ],
  },
  { type: "heading", level: 2, text: "Core 7: Monitoring and Evaluation" },
  {
    type: "paragraph",
    runs: [
      { text: "The project counts enrolments but " },
      { text: "records no outcomes after participants leave", factorIds: ["core-7"] },
      { text: ", so it cannot tell whether placements lead to jobs. Not matched." },
    ],
  },
  { type: "heading", level: 2, text: "Module 1.2: Individual Support" },
  {
    type: "paragraph",
    runs: [
      { text: "Support ends with the skills audit: " },
      { text: "no one accompanies participants through validation or into work", factorIds: ["m1-2"] },
      { text: ". Not matched." },
    ],
  },
  { type: "heading", level: 2, text: "Recommendations" },
  {
    type: "bulletList",
    items: [
      { runs: plain("Invite employers who offer placements onto the steering group."), recommendation: "r2025-employers" },
      { runs: plain("Follow participants for twelve months after they leave and publish the outcomes yearly."), recommendation: "r2025-outcomes" },
      { runs: plain("Give every participant a named mentor from the skills audit until their first job."), recommendation: "r2025-mentors" },
    ],
  },
];

export function demoReport2025Update(): Uint8Array {
  return seedTextUpdate(REPORT_2025);
}

/** Who the 2025 recommendations are addressed to. */
export const DEMO_2025_ADDRESSEES: ReadonlyMap<string, RecommendationActor[]> = new Map([
  ["r2025-employers", ["projects", "employers_bodies"]],
  ["r2025-outcomes", ["projects", "managing_authorities"]],
  ["r2025-mentors", ["projects"]],
]);

/** Their follow-up since the report became final, oldest first (dates inside the year between the rounds). */
export const DEMO_2025_FOLLOW_UPS: { recommendationId: string; status: FollowUpStatus; note: string; at: string }[] = [
  { recommendationId: "r2025-employers", status: "accepted", note: "The steering group agreed to two employer seats.", at: "2025-06-02T09:00:00.000Z" },
  { recommendationId: "r2025-employers", status: "done", note: "Two placement firms joined the steering group in September.", at: "2025-09-18T09:00:00.000Z" },
  { recommendationId: "r2025-outcomes", status: "in_progress", note: "A twelve-month follow-up survey started with the autumn cohort.", at: "2025-10-06T09:00:00.000Z" },
  { recommendationId: "r2025-mentors", status: "accepted", note: "Former participants trained as mentors from January.", at: "2025-11-20T09:00:00.000Z" },
];

/** When the first round's report went to the host and became final. */
export const DEMO_2025_STATUS_CHANGES = [
  { from: "draft", to: "host_review", at: "2025-04-01T10:00:00.000Z" },
  { from: "host_review", to: "final", at: "2025-04-22T10:00:00.000Z" },
] as const;
