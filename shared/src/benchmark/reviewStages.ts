import { z } from "zod";

/**
 * The stages of a peer review visit as the IMPART Toolkit describes them (section 2,
 * "Stages of a peer review visit"), for a review's checklist. Step texts are the toolkit's;
 * `by` is derived from each sentence's subject: the peer team (peers and their team
 * leader), the host project, or both together.
 */
export const reviewStageIdSchema = z.enum(["before", "during", "after"]);
export type ReviewStageId = z.infer<typeof reviewStageIdSchema>;

export const reviewStepActorSchema = z.enum(["peers", "host", "both"]);
export type ReviewStepActor = z.infer<typeof reviewStepActorSchema>;

export const reviewStepSchema = z.strictObject({
  /** Stable id such as "before-1", for ticking the step off. */
  id: z.string().regex(/^(?:before|during|after)-\d+$/),
  by: reviewStepActorSchema,
  text: z.string().trim().min(1),
});
export type ReviewStep = z.infer<typeof reviewStepSchema>;

export const reviewStageSchema = z.strictObject({
  id: reviewStageIdSchema,
  name: z.string().trim().min(1),
  steps: z.array(reviewStepSchema).min(1),
});
export type ReviewStage = z.infer<typeof reviewStageSchema>;

export const REVIEW_STAGES: readonly ReviewStage[] = [
  {
    id: "before",
    name: "Before the visit",
    steps: [
      {
        id: "before-1",
        by: "peers",
        text: "Peers are trained in interviewing and giving feedback, and on how to collect and analyse evidence. They also need to spend time becoming familiar with the benchmark.",
      },
      { id: "before-2", by: "host", text: "The host prepares a short report on their project, and what it aims to achieve." },
      {
        id: "before-3",
        by: "host",
        text: "To set their project in context, the host partner provides background information for the baseline report, outlining the country or region’s migrant populations and policies, equalities legislation, use of funding and strategies for supporting migrant employment.",
      },
      { id: "before-4", by: "host", text: "The project also undertakes its own self assessment against the benchmark." },
      {
        id: "before-5",
        by: "peers",
        text: "Peers review this before the visit and think of questions they want to ask and evidence they would like to see for each critical factor.",
      },
      {
        id: "before-6",
        by: "host",
        text: "The host organises a programme of interviews with staff, external stakeholders and partners, and migrant individuals and groups.",
      },
      { id: "before-7", by: "host", text: "The host gathers together documents, videos and other relevant materials as evidence." },
    ],
  },
  {
    id: "during",
    name: "During the visit",
    steps: [
      {
        id: "during-1",
        by: "both",
        text: "On the first day the project representatives negotiate the details with the peer review team leader and give peers more background on the project and its context. A diagram explaining the organisation’s structure, staffing roles and external links is helpful.",
      },
      {
        id: "during-2",
        by: "peers",
        text: "Peers refresh their knowledge of the benchmark and, with their team leader, plan how they will work together.",
      },
      {
        id: "during-3",
        by: "peers",
        text: "Over the next couple of days they undertake several interviews and workshops and note down the evidence that contributes to each critical factor.",
      },
      {
        id: "during-4",
        by: "peers",
        text: "Peers can also look at any written materials and internet material which the project wants to show them.",
      },
      {
        id: "during-5",
        by: "peers",
        text: "The peers conclude each day discussing their evidence which is gathered together on flipcharts, and look at how far the project meets the critical factors (whether these are wholly or partly matched or not matched).",
      },
      {
        id: "during-6",
        by: "peers",
        text: "Peers give feedback at the end of the visit and discuss their initial findings with the hosts.",
      },
    ],
  },
  {
    id: "after",
    name: "After the visit",
    steps: [
      {
        id: "after-1",
        by: "peers",
        text: "A detailed report of findings is sent to the host, with suggestions on how to strengthen its work.",
      },
      { id: "after-2", by: "both", text: "The peers and host comment on the report before it is finalised." },
      {
        id: "after-3",
        by: "host",
        text: "The project then decides how it wants to take forward the outcomes and recommendations.",
      },
    ],
  },
];
