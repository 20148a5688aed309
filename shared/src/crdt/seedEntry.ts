import * as Y from "yjs";

/** FNV-1a, 32 bits: a stable Yjs client id derived from a text. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const seeds = new Map<string, Uint8Array>();

/**
 * The update that creates one empty entry `root[key]` (a Y.Map that `build` fills with its
 * empty parts: arrays, maps, texts). It is byte-for-byte the same on every client, written
 * by a fixed client id derived from `clientKey` at clock 0, so clients that create the same
 * entry concurrently create the *same* Yjs items: applying it twice is a no-op and no
 * client's entry (with what was already written into it) overwrites another's. Had each
 * client run `root.set(key, new Y.Map())`, the last writer would win the key and the
 * loser's first writes would vanish with its map.
 *
 * `clientKey` must be unique per (document kind, entry), e.g. `board-factor:<factorId>`,
 * and `build` must always build the same thing for it (the result is cached).
 */
export function seedEntryUpdate(clientKey: string, rootName: string, key: string, build: (entry: Y.Map<unknown>) => void): Uint8Array {
  const cacheKey = `${clientKey}\u0000${rootName}\u0000${key}`;
  let update = seeds.get(cacheKey);
  if (!update) {
    const seedDoc = new Y.Doc({ gc: false });
    seedDoc.clientID = fnv1a(clientKey);
    const entry = new Y.Map<unknown>();
    build(entry);
    seedDoc.getMap<unknown>(rootName).set(key, entry);
    update = Y.encodeStateAsUpdate(seedDoc);
    seedDoc.destroy();
    seeds.set(cacheKey, update);
  }
  return update;
}
