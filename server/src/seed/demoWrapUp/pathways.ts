import type { Rating } from "@review/shared";

/** One provisional rating of the daily wrap-up: the flipchart at the end of a visit day. */
export type DemoProvisional = { factorId: string; day: number; rating: Rating; note: string };

/** A visit's daily wrap-up and the feedback the team gave the host at its end. */
export type DemoWrapUp = { provisional: DemoProvisional[]; feedback: { text: string; givenOn: string; present: string } };

/**
 * Pathways to Work, 2026: the team's view moved as the days brought evidence (employer
 * engagement and mentoring up after days 2 and 3, monitoring down once the data was seen) and
 * ends on the team rating of the board. Factors a day had no session for are left for later days.
 */
export const PATHWAYS_WRAP_UP: DemoWrapUp = {
  provisional: [
    { factorId: "core-1", day: 1, rating: "wholly", note: "Labour-market analysis and the arrivals survey, both repeated every two years." },
    { factorId: "core-3", day: 1, rating: "partly", note: "Placement agreements on paper; to hear the employers themselves." },
    { factorId: "core-4", day: 1, rating: "partly", note: "Partnership agreement names the municipalities; unions absent." },
    { factorId: "m1-1", day: 1, rating: "wholly", note: "The skills audit in the participant's language works as described." },
    { factorId: "m1-2", day: 1, rating: "not", note: "No support seen beyond the audit yet." },
    { factorId: "core-2", day: 2, rating: "partly", note: "Mentors are former participants; feedback does not reach the steering group in writing." },
    { factorId: "core-8", day: 2, rating: "wholly", note: "Job club open to all, with childcare and interpreters." },
    { factorId: "m1-2", day: 2, rating: "partly", note: "Mentors follow participants through validation; not yet into work." },
    { factorId: "core-3", day: 3, rating: "wholly", note: "Two employers sit on the steering group and co-design the placements." },
    { factorId: "core-7", day: 3, rating: "wholly", note: "Twelve-month follow-up survey runs with the university." },
    { factorId: "core-5", day: 3, rating: "wholly", note: "Regional integration strategy funds the project to 2028." },
    { factorId: "core-7", day: 4, rating: "partly", note: "The survey has one cohort so far; outcomes not published yet." },
    { factorId: "core-2", day: 4, rating: "partly", note: "Unchanged: written feedback still missing." },
    { factorId: "m1-2", day: 4, rating: "partly", note: "Agreed: partly, the job-search phase has no mentor." },
  ],
  feedback: {
    text: "We thanked the team and summarised our provisional view: strong needs assessment, employer engagement and skills audits; the migrant voice and monitoring need written routes from participants to the steering group and published outcomes. The host asked for examples of outcome reports from other projects, which we promised with the draft.",
    givenOn: "2026-03-12",
    present: "Project leader, two coordinators, the steering group's chair; the four peers and the moderator",
  },
};
