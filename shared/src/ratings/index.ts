/**
 * Votes and team ratings (`review:<id>:ratings`, written by the server from relational rows).
 * Imported as `@review/shared/ratings` so that code which does not need Yjs never bundles it.
 */
export { EMPTY_RATINGS, TEAM_RATINGS_ROOT, VOTES_ROOT, readRatings, teamRatingEntrySchema, writeRatings } from "./layout.ts";
export type { RatingsState, TeamRatingEntry } from "./layout.ts";
export { withRatings } from "./combine.ts";
export { readLegacyRatings } from "./legacy.ts";
export type { LegacyRatings } from "./legacy.ts";
export { FOLLOW_UPS_ROOT, NO_FOLLOW_UP, followUpEntrySchema, readFollowUps, toFollowUpEntry, writeFollowUps } from "./followUps.ts";
export type { FollowUpEntry } from "./followUps.ts";
export { PROVISIONAL_RATINGS_ROOT, VISIT_FEEDBACK_ROOT, readWrapUp, writeWrapUp } from "./wrapUp.ts";
export type { WrapUpState } from "./wrapUp.ts";
export { PROJECTS_ROOT, PROJECT_TEAM_RATINGS_ROOT, readProjectRatings, writeProjectRatings } from "./projects.ts";
export type { ProjectRatingsState } from "./projects.ts";
