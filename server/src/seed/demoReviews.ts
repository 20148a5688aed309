import type { FollowUpStatus, Rating, RecommendationActor, ReportStatus, ReviewRole } from "@review/shared";
import { ARAGON_CARDS } from "./demoCards/aragon.ts";
import { DIVERSITY_CARDS } from "./demoCards/diversity.ts";
import { PATHWAYS_CARDS } from "./demoCards/pathways.ts";
import { PATHWAYS_2025_CARDS } from "./demoCards/pathways2025.ts";
import type { DemoCards } from "./demoCards/types.ts";
import { PATHWAYS_PROGRAMME } from "./demoProgramme/pathways.ts";
import { PATHWAYS_WRAP_UP, type DemoWrapUp } from "./demoWrapUp/pathways.ts";
import type { DemoProgramme } from "./demoProgramme/types.ts";
import { DEMO_2025_ADDRESSEES, DEMO_2025_FOLLOW_UPS, DEMO_2025_STATUS_CHANGES, demoReport2025Update } from "./demoReport2025.ts";
import { AOIFE, FIONA, INGRID, JONAS, KATRIN, LUCA, MARTA, PIETER, STEFAN, TOMAS } from "./demoPeople.ts";

/** One demo review: what it is, who takes part (by demo account email), and how far it got. */
export type DemoReview = {
  title: string;
  hostProject: string;
  country: string;
  /** The thematic module besides Core (one per IMPART theme), also the review's theme. */
  module: string;
  visitStart: string;
  visitEnd: string;
  /** Jonas, Aoife and Luca keep their roles in every review (tests sign in as them); the other peers make the team three to five. */
  roles: Record<string, ReviewRole>;
  /** The evidence the team noted, per factor (every factor in scope has cards). */
  cards: DemoCards;
  /** The team rating per factor id; factors left out have evidence but no rating yet. */
  team: Record<string, Rating>;
  /** The host's self-assessment per factor id. */
  self: Record<string, Rating>;
  /** The visit programme as planned, when the demo has one (cards may point at its sessions). */
  programme?: DemoProgramme;
  /** The title of the earlier review of the same host project this one is a later round of. */
  follows?: string;
  /** The daily wrap-up the team recorded during the visit, and its feedback to the host. */
  wrapUp?: DemoWrapUp;
  /** Host projects the visit also covered, after the first (`hostProject`), each rated on its own. */
  moreProjects?: { name: string; team: Record<string, Rating> }[];
  /** A report the team finished: its text, addressees, the status changes that made it final and the follow-up since. */
  finalReport?: DemoFinalReport;
};

export type DemoFinalReport = {
  update: () => Uint8Array;
  addressees: ReadonlyMap<string, RecommendationActor[]>;
  statusChanges: readonly { from: ReportStatus; to: ReportStatus; at: string }[];
  followUps: readonly { recommendationId: string; status: FollowUpStatus; note: string; at: string }[];
};

const PATHWAYS_2025 = "Peer review: Pathways to Work (first round, 2025)";

/**
 * Three reviews across the three IMPART themes, in three countries, as the final report
 * (seed 002) describes them: the migrant voice is partly matched in each, employer
 * engagement is uneven, mainstreaming depends on the policy framework.
 */
export const DEMO_REVIEWS: DemoReview[] = [
  {
    title: "Peer review: Pathways to Work",
    hostProject: "Pathways to Work, Region of Västra Götaland",
    country: "Sweden",
    module: "assessment-validation",
    visitStart: "2026-03-09",
    visitEnd: "2026-03-12",
    follows: PATHWAYS_2025,
    roles: { [JONAS]: "peer", [MARTA]: "peer", [PIETER]: "peer", [FIONA]: "peer", [AOIFE]: "host", [LUCA]: "partner" },
    cards: PATHWAYS_CARDS,
    programme: PATHWAYS_PROGRAMME,
    wrapUp: PATHWAYS_WRAP_UP,
    team: { "core-1": "wholly", "core-2": "partly", "core-3": "wholly", "core-4": "partly", "core-5": "wholly", "core-7": "partly", "core-8": "wholly", "m1-1": "wholly", "m1-2": "partly" },
    self: { "core-1": "wholly", "core-2": "wholly", "core-3": "wholly", "core-7": "wholly", "m1-1": "wholly", "m1-3": "partly" },
  },
  {
    title: "Peer review: Diversity at Work",
    hostProject: "Diversity at Work, Flemish Public Employment Service",
    country: "Belgium",
    module: "anti-discrimination",
    visitStart: "2026-04-20",
    visitEnd: "2026-04-23",
    roles: { [JONAS]: "peer", [KATRIN]: "peer", [FIONA]: "peer", [TOMAS]: "peer", [LUCA]: "host", [AOIFE]: "partner" },
    cards: DIVERSITY_CARDS,
    // As the final report (seed 002) has it: the project was sponsored as part of the government's
    // Diversity Strategy (core-5 wholly, was partly) and mainstreamed, the government still funding the
    // unions' work since it ended (core-6 wholly, was not); migrants' representatives are consulted in
    // the Diversity Commission but take little part in planning or delivering training (m2-2 partly, was not).
    team: { "core-1": "partly", "core-2": "partly", "core-3": "wholly", "core-4": "wholly", "core-5": "wholly", "core-6": "wholly", "core-8": "wholly", "m2-1": "wholly", "m2-2": "partly", "m2-3": "partly" },
    self: { "core-2": "wholly", "core-6": "partly", "m2-2": "partly" },
  },
  {
    title: "Peer review: Local Integration Partnership",
    hostProject: "Local Integration Partnership, Government of Aragón",
    country: "Spain",
    module: "territorial-approach",
    visitStart: "2026-05-18",
    visitEnd: "2026-05-21",
    roles: { [JONAS]: "peer", [INGRID]: "peer", [STEFAN]: "peer", [PIETER]: "peer", [KATRIN]: "peer", [AOIFE]: "host", [LUCA]: "partner" },
    cards: ARAGON_CARDS,
    // As the final report (seed 002) has it: the Immigration Forum, created by law with migrant members,
    // hears the migrant voice, though it needs sustained support to stay representative (core-2 partly,
    // was not); the Integration Plan is a published, resourced strategy built to last, without targets
    // per partner (m3-5 partly, was not).
    team: { "core-1": "partly", "core-2": "partly", "core-3": "partly", "core-5": "wholly", "core-6": "partly", "core-7": "not", "core-8": "partly", "m3-1": "wholly", "m3-2": "partly", "m3-3": "partly", "m3-5": "partly" },
    self: { "core-1": "wholly", "core-2": "partly", "core-7": "partly", "m3-1": "wholly" },
    // The visit also saw the municipal welcome desks the partnership funds, rated on their own.
    moreProjects: [
      {
        name: "Welcome Desks for Newcomers, City of Zaragoza",
        team: { "core-1": "wholly", "core-2": "partly", "core-3": "partly", "core-7": "partly", "m3-1": "partly", "m3-2": "wholly" },
      },
    ],
  },
  {
    // The first round of Pathways to Work, a year earlier: employer engagement and the
    // validation fast track have improved since.
    title: PATHWAYS_2025,
    hostProject: "Pathways to Work, Region of Västra Götaland",
    country: "Sweden",
    module: "assessment-validation",
    visitStart: "2025-03-10",
    visitEnd: "2025-03-13",
    roles: { [JONAS]: "peer", [MARTA]: "peer", [STEFAN]: "peer", [AOIFE]: "host", [LUCA]: "partner" },
    cards: PATHWAYS_2025_CARDS,
    finalReport: { update: demoReport2025Update, addressees: DEMO_2025_ADDRESSEES, statusChanges: DEMO_2025_STATUS_CHANGES, followUps: DEMO_2025_FOLLOW_UPS },
    team: { "core-1": "partly", "core-2": "partly", "core-3": "partly", "core-4": "partly", "core-5": "wholly", "core-7": "not", "core-8": "partly", "m1-1": "partly", "m1-2": "not" },
    self: { "core-1": "wholly", "core-2": "wholly", "core-3": "wholly", "core-5": "wholly", "core-7": "partly", "m1-1": "wholly", "m1-2": "partly" },
  },
];

