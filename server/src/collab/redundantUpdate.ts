import * as Y from "yjs";

/**
 * Whether applying `update` to `doc` would change nothing: every struct it carries is already
 * in the document and every range it deletes is deleted there already.
 *
 * A client answers the server's sync step 1 with everything the server lacks, and Yjs always
 * adds the whole delete set of the client's copy to that answer. So a reader whose copy is
 * the server's own (e.g. after a report became final) sends a non-empty update on every
 * reconnect; it is not an attempt to write and must not be refused as one.
 */
export function updateChangesNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    // A Skip stands for a gap in what the client sent, not for content.
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  if (ds.clients.size === 0) return true;
  const deleted = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const known = deleted.clients.get(client) ?? [];
    for (const range of ranges) {
      if (range.len > 0 && !covered(known, range.clock, range.clock + range.len)) return false;
    }
  }
  return true;
}

/** Whether the sorted, merged ranges `known` cover [from, to) entirely. */
function covered(known: readonly { clock: number; len: number }[], from: number, to: number): boolean {
  // The last range starting at or before `from`.
  let low = 0;
  let high = known.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (known[middle]!.clock <= from) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  let reached = from;
  for (let index = Math.max(found, 0); index < known.length && known[index]!.clock <= reached; index += 1) {
    reached = Math.max(reached, known[index]!.clock + known[index]!.len);
    if (reached >= to) return true;
  }
  return reached >= to;
}
