/**
 * The review board document (`review:<id>:board`): evidence cards per factor, as small pure
 * functions over a Y.Doc shared by the client, the tests and the server. Imported as
 * `@review/shared/board` so that code which does not need Yjs never bundles it. Votes and
 * team ratings live in the ratings document (`@review/shared/ratings`).
 */
export {
  CARD_ARRAY_PREFIX,
  CARD_MOVED_KEY,
  HOUSEKEEPING_ORIGIN,
  LEGACY_BOARD_ROOT,
  LEGACY_FACTOR_KEYS,
  boardHasContent,
  cardArrayName,
  cardArrays,
  factorCardArray,
  factorIdsInDoc,
  legacyBoardRoot,
} from "./layout.ts";
export type { CardArrayRef } from "./layout.ts";
export { findCard, locateCards, parseCardMap, readBoard, readFactor, readFactorCards, emptyFactorState } from "./read.ts";
export type { CardCopy, CardIndex, FactorState } from "./read.ts";
export { addCard, deleteCard, moveCard, newCardId, updateCard } from "./cards.ts";
export type { BoardWriteOptions } from "./cards.ts";
export { moveLegacyCards } from "./migrate.ts";
export { factorState, sourceCounts, sourceHeatmap, triangulation, voteSpread } from "./analysis.ts";
export type { HeatmapRow, Triangulation } from "./analysis.ts";
export { BOARD_ERROR_CODES, BoardError } from "./errors.ts";
export type { BoardErrorCode } from "./errors.ts";
export { createBoardUndoManager } from "./undo.ts";
