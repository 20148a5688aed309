import type { RecommendationActor } from "@review/shared";
import { plain, seedTextUpdate, type SeedBlock } from "./seedText.ts";

export const DEMO_PAPER = {
  title: "Including the migrant voice, monitoring impact, engaging employers: findings across three reviews",
  summary:
    "Three of the seven cross-cutting findings of the 2026 review round (the migrant voice, longer-term monitoring, employer engagement), with recommendations for the Commission, Managing Authorities, employers' bodies and projects.",
};

/**
 * Adapted from the IMPART final report (seed 002), sections 4.1 to 4.3, for the demo reviews
 * (Pathways to Work in Sweden, Diversity at Work in Flanders, the Local Integration Partnership in Aragón).
 */
const DEMO_PAPER_TEXT: SeedBlock[] = [
  { type: "heading", level: 1, text: "Findings across three reviews" },
  {
    type: "paragraph",
    runs: plain(
      "This paper draws out three issues that emerged across the peer reviews of this round in Västra Götaland, Flanders and Aragón. Each should be addressed if ESF-funded actions on migrant employment are to last beyond their funding and be taken into mainstream policy and practice.",
    ),
  },
  { type: "heading", level: 2, text: "Including the migrant voice" },
  {
    type: "paragraph",
    runs: [
      { text: "One issue emerging across the peer reviews of this round is the importance of migrants' voice: to what extent projects engage with migrant and ethnic minority individuals and communities, and how they use their feedback." },
    ],
  },
  {
    type: "paragraph",
    runs: [
      { text: "Critical factors relating to migrant engagement were at least partially matched in every review. " },
      { text: "However this was not sustained through all stages of a project: migrants were consulted on delivery but rarely on planning or evaluation.", factorIds: ["core-2"] },
      { text: " Aragón has gone furthest, with a regional Immigration Forum created by law; the peers found that it needs sustained support to stay representative." },
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
  { type: "heading", level: 2, text: "Monitoring beyond the end of a project" },
  {
    type: "paragraph",
    runs: [
      { text: "All three projects monitor their participants closely while they are in contact with them. " },
      {
        text: "Data on what happens afterwards were rarely available: none of the projects could say how many of its participants were still in work a year after leaving.",
        factorIds: ["core-7"],
      },
      { text: " In Flanders, data collection was hindered by differing definitions of who counts as a migrant; in Västra Götaland the project was not funded to collect more than its ESF grant required." },
    ],
  },
  {
    type: "paragraph",
    runs: [
      { text: "Soft outcomes (confidence, personal skills, a first network of contacts) are often the necessary steps towards employment, and the hardest to record. " },
      { text: "Few projects had instruments to show how far their work was changing the policy and practice of public authorities and employers.", factorIds: ["core-6", "core-7"] },
    ],
  },
  { type: "heading", level: 2, text: "Engaging employers" },
  {
    type: "paragraph",
    runs: [
      { text: "Migrants' participation and retention in employment cannot be increased without addressing barriers on the employer side. " },
      {
        text: "Flanders funds diversity consultants who help employers write diversity plans, some of them trade unionists who carry shop-floor issues to management.",
        factorIds: ["core-3", "core-4"],
      },
      { text: " In Västra Götaland individual employers helped design the skills modules, but employers' associations were not consulted on the project's direction." },
    ],
  },
  {
    type: "paragraph",
    runs: [
      { text: "Promotion of good practice through employers' own networks was rarely used, and evidence of changes in recruitment and HR practice was patchy. " },
      { text: "Long-term funding proved vital: relationships with employers take years to build.", factorIds: ["core-3"] },
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
      {
        runs: plain("Fund the follow-up of participants for at least a year after they leave, and agree with projects how soft outcomes are recorded."),
        recommendation: "demo-paper-rec-monitoring",
      },
      {
        runs: plain("Review how data on migrants' labour-market outcomes are collected across regions, drawing on EU practice on privacy and the risk of stigma."),
        recommendation: "demo-paper-rec-data",
      },
      {
        runs: plain("Work with employer federations and HR networks to reach small employers, and promote the benefits employers in these projects reported."),
        recommendation: "demo-paper-rec-employers",
      },
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
  ["demo-paper-rec-monitoring", ["managing_authorities", "projects"]],
  ["demo-paper-rec-data", ["european_commission", "national_regional_authorities"]],
  ["demo-paper-rec-employers", ["employers_bodies", "projects", "managing_authorities"]],
]);
