import type { Rating, SourceKind, Stance } from "@review/shared";
import type { MessageKey } from "../i18n/messages/en.ts";

/** Catalogue keys for the fixed vocabularies of evidence: source kinds, stances, ratings. */
export const SOURCE_LABEL = {
  interview: "board.source.interview",
  document: "board.source.document",
  observation: "board.source.observation",
  workshop: "board.source.workshop",
  statistic: "board.source.statistic",
  "self-assessment": "board.source.selfAssessment",
} as const satisfies Record<SourceKind, MessageKey>;

export const STANCE_LABEL = {
  supports: "board.stance.supports",
  partly: "board.stance.partly",
  contradicts: "board.stance.contradicts",
} as const satisfies Record<Stance, MessageKey>;

export const STANCE_HINT = {
  supports: "board.stance.supports.hint",
  partly: "board.stance.partly.hint",
  contradicts: "board.stance.contradicts.hint",
} as const satisfies Record<Stance, MessageKey>;

export const RATING_LABEL = {
  wholly: "board.rating.wholly",
  partly: "board.rating.partly",
  not: "board.rating.not",
} as const satisfies Record<Rating, MessageKey>;

/** Short forms for tight spaces (overview tiles); the long label goes in the accessible name. */
export const RATING_SHORT = {
  wholly: "board.rating.wholly.short",
  partly: "board.rating.partly.short",
  not: "board.rating.not.short",
} as const satisfies Record<Rating, MessageKey>;
