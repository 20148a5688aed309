import type * as Y from "yjs";
import { cardArrays, factorCardArray } from "./layout.ts";
import { cardToMap } from "./cards.ts";
import { movedCount, parseCardMap } from "./read.ts";

/**
 * Moves every valid card out of the first layout's factor entries into the factor's root
 * array (same id, content and move count), in the caller's transaction, and returns how many
 * it moved. Once moved, no writer can wipe them by overwriting an entry. Junk stays where it is.
 */
export function moveLegacyCards(doc: Y.Doc): number {
  let moved = 0;
  for (const ref of cardArrays(doc)) {
    if (!ref.legacy) continue;
    for (let index = ref.array.length - 1; index >= 0; index--) {
      const value = ref.array.get(index);
      const card = parseCardMap(value);
      if (!card) continue;
      factorCardArray(doc, ref.factorId).unshift([cardToMap(card, movedCount(value as Y.Map<unknown>))]);
      ref.array.delete(index, 1);
      moved += 1;
    }
  }
  return moved;
}
