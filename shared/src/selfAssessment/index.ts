/**
 * The host self-assessment document (`review:<id>:self`) as small pure functions over a
 * Y.Doc. Imported as `@review/shared/self` so that code which does not need Yjs never bundles it.
 */
export { SELF_KEYS, SELF_ROOT, SELF_SEED_ORIGIN, ensureSelfFactor, noteText, offeredArray, selfFactorMap, selfFactorSeedUpdate, selfRoot } from "./layout.ts";
export { SELF_LIMITS, offeredEvidenceInputSchema, offeredEvidenceSchema, offeredLinkSchema, selfNoteSchema, selfRatingSchema } from "./schema.ts";
export type { OfferedEvidence, OfferedEvidenceInput } from "./schema.ts";
export { emptySelfFactor, hasSelfAssessment, readSelfAssessment, readSelfFactor, selfFactorState } from "./read.ts";
export type { SelfFactorState } from "./read.ts";
export { addOfferedEvidence, removeOfferedEvidence, setSelfNote, setSelfRating, textSplice } from "./write.ts";
export type { SelfWriteMeta, SelfWriteOptions } from "./write.ts";
export { compareWithTeam, ratingsDiffer } from "./compare.ts";
export type { RatingComparison } from "./compare.ts";
export { FINDING_REPLIES_ROOT, FINDING_REPLY_LIMITS, FINDING_REPLY_STATUSES, clearFindingReply, findingRepliesRoot, findingReplySchema, findingReplyStatusSchema, readFindingReplies, readFindingReply, setFindingReply } from "./findingReplies.ts";
export type { FindingReply, FindingReplyStatus } from "./findingReplies.ts";
export { SELF_ERROR_CODES, SelfAssessmentError } from "./errors.ts";
export type { SelfErrorCode } from "./errors.ts";
export {
  RECOMMENDATION_DECISIONS,
  RECOMMENDATION_DECISIONS_ROOT,
  RECOMMENDATION_NOTE_MAX,
  RecommendationDecisionError,
  readRecommendationDecision,
  readRecommendationDecisions,
  recommendationDecisionSchema,
  recommendationDecisionsRoot,
  recommendationIdSchema,
  writeRecommendationDecision,
} from "./recommendationDecisions.ts";
export type { RecommendationDecision, RecommendationDecisionKind } from "./recommendationDecisions.ts";
