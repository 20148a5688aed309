/**
 * The review board document (`review:<id>:board`) as small pure functions over a Y.Doc,
 * shared by the client, the tests and (later) the server. Imported as `@review/shared/board`
 * so that code which does not need Yjs never bundles it.
 */
export { BOARD_ROOT, CARD_MOVED_KEY, FACTOR_KEYS, HOUSEKEEPING_ORIGIN, SEED_ORIGIN, boardRoot, ensureFactor, factorSeedUpdate, factorIdsInDoc } from "./layout.ts";
export { findCard, locateCards, parseCardMap, readBoard, readFactor, readFactorCards, emptyFactorState } from "./read.ts";
export type { CardCopy, CardIndex, FactorState } from "./read.ts";
export { addCard, deleteCard, moveCard, newCardId, updateCard } from "./cards.ts";
export type { BoardWriteOptions } from "./cards.ts";
export { castVote, clearTeamRating, setTeamRating } from "./ratings.ts";
export { factorState, sourceCounts, sourceHeatmap, triangulation, voteSpread } from "./analysis.ts";
export type { HeatmapRow, Triangulation } from "./analysis.ts";
export { BOARD_ERROR_CODES, BoardError } from "./errors.ts";
export type { BoardErrorCode } from "./errors.ts";
export { createBoardUndoManager } from "./undo.ts";
