import * as Y from "yjs";
import { BOARD_ROOT, FACTOR_KEYS, factorSeedUpdate } from "@review/shared/board";

/**
 * Moderators alone record team ratings, but peers write the same board document (cards and
 * votes). This check reads an update before it is applied and refuses it when it would
 * write or delete a factor's team rating (rating, rationale, cites and who recorded it),
 * add to or remove from its cited cards, or delete or replace a whole factor entry.
 *
 * An update names where each new item goes either directly (parent and key) or through
 * the neighbour it was inserted next to, which may be in the server's document or earlier
 * in the same update; deletions name items of the server's document.
 */

const RATING_KEYS: ReadonlySet<string> = new Set([FACTOR_KEYS.rating, FACTOR_KEYS.rationale, FACTOR_KEYS.cites, FACTOR_KEYS.ratedBy, FACTOR_KEYS.ratedAt]);

/** Where an item sits: its parent (a root type's name, or the item holding the parent type) and its map key. */
type Place = { parent: { root: string } | { item: Y.Item } | null; key: string | null };

type Kind = "factor entry" | "team rating" | "cited cards" | "other";

export function touchesTeamRating(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  const incoming = indexByClient(structs.filter((struct): struct is Y.Item => struct instanceof Y.Item));
  const lookUp = (id: Y.ID): Y.Item | null => findIn(incoming, id) ?? findInDoc(doc, id);

  const placeOfIncoming = (item: Y.Item, depth = 0): Place => {
    // Decoded, an item's parent is a root name, an ID, or null when its neighbours tell.
    const parent = item.parent as unknown;
    if (typeof parent === "string") return { parent: { root: parent }, key: item.parentSub };
    if (parent instanceof Y.ID) {
      const holder = lookUp(parent);
      return { parent: holder ? { item: holder } : null, key: item.parentSub };
    }
    const neighbourId = item.origin ?? item.rightOrigin;
    const neighbour = neighbourId ? lookUp(neighbourId) : null;
    if (!neighbour || depth > 64) return { parent: null, key: null };
    return placeOf(neighbour, depth + 1);
  };
  const placeOf = (item: Y.Item, depth = 0): Place => (isIntegrated(item) ? placeInDoc(doc, item) : placeOfIncoming(item, depth));
  /** What an item is, with its map key (so that a child can tell a `cites` array from other rating keys). */
  const classify = (item: Y.Item, depth = 0): { kind: Kind; key: string | null } => {
    const place = placeOf(item);
    const key = place.key;
    if (depth > 8) return { kind: "other", key };
    if (place.parent && "root" in place.parent) return { kind: place.parent.root === BOARD_ROOT ? "factor entry" : "other", key };
    if (!place.parent) return { kind: key !== null && RATING_KEYS.has(key) ? "team rating" : "other", key };
    const holder = classify(place.parent.item, depth + 1);
    if (holder.kind === "factor entry" && key !== null && RATING_KEYS.has(key)) return { kind: "team rating", key };
    if (holder.kind === "team rating" && holder.key === FACTOR_KEYS.cites) return { kind: "cited cards", key };
    return { kind: "other", key };
  };
  const kindOf = (item: Y.Item): Kind => classify(item).kind;

  /** The empty `cites` array of a factor's seed entry (see ensureFactor), which any writer may create. */
  const isSeededCites = (item: Y.Item): boolean => {
    const place = placeOf(item);
    if (place.key !== FACTOR_KEYS.cites || !place.parent || !("item" in place.parent) || !(item.content instanceof Y.ContentType)) return false;
    const factorId = placeOf(place.parent.item).key;
    return factorId !== null && seedItemIds(factorId).has(`${item.id.client}:${item.id.clock}`);
  };

  for (const items of incoming.values()) {
    for (const item of items) {
      const kind = kindOf(item);
      if (kind === "cited cards" || (kind === "team rating" && !isSeededCites(item))) return true;
    }
  }
  for (const [client, ranges] of ds.clients) {
    for (const { clock, len } of ranges) {
      for (const item of itemsInDoc(doc, client, clock, clock + len)) {
        if (!item.deleted && kindOf(item) !== "other") return true;
      }
    }
  }
  return false;
}

const seedIds = new Map<string, Set<string>>();

function seedItemIds(factorId: string): Set<string> {
  let ids = seedIds.get(factorId);
  if (!ids) {
    ids = new Set(Y.decodeUpdate(factorSeedUpdate(factorId)).structs.map((struct) => `${struct.id.client}:${struct.id.clock}`));
    if (seedIds.size > 10_000) seedIds.clear();
    seedIds.set(factorId, ids);
  }
  return ids;
}

function isIntegrated(item: Y.Item): boolean {
  return item.parent instanceof Y.AbstractType;
}

function placeInDoc(doc: Y.Doc, item: Y.Item): Place {
  const type = item.parent as Y.AbstractType<unknown>;
  if (type._item) return { parent: { item: type._item }, key: item.parentSub };
  for (const [name, root] of doc.share) if (root === type) return { parent: { root: name }, key: item.parentSub };
  return { parent: null, key: item.parentSub };
}

function indexByClient(items: Y.Item[]): Map<number, Y.Item[]> {
  const byClient = new Map<number, Y.Item[]>();
  for (const item of items) {
    const list = byClient.get(item.id.client) ?? [];
    list.push(item);
    byClient.set(item.id.client, list);
  }
  for (const list of byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  return byClient;
}

function findIn(byClient: Map<number, Y.Item[]>, id: Y.ID): Y.Item | null {
  const list = byClient.get(id.client);
  if (!list) return null;
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = list[middle]!;
    if (id.clock < item.id.clock) high = middle - 1;
    else if (id.clock >= item.id.clock + item.length) low = middle + 1;
    else return item;
  }
  return null;
}

function findInDoc(doc: Y.Doc, id: Y.ID): Y.Item | null {
  const structs = doc.store.clients.get(id.client);
  if (!structs || structs.length === 0) return null;
  const last = structs[structs.length - 1]!;
  if (id.clock >= last.id.clock + last.length) return null;
  const struct = structs[Y.findIndexSS(structs, id.clock)];
  return struct instanceof Y.Item ? struct : null;
}

/** The items of `client` in the document overlapping clocks [from, to). */
function* itemsInDoc(doc: Y.Doc, client: number, from: number, to: number): Generator<Y.Item> {
  const structs = doc.store.clients.get(client);
  if (!structs || structs.length === 0) return;
  const last = structs[structs.length - 1]!;
  if (from >= last.id.clock + last.length) return;
  for (let index = Y.findIndexSS(structs, from); index < structs.length; index++) {
    const struct = structs[index]!;
    if (struct.id.clock >= to) return;
    if (struct instanceof Y.Item) yield struct;
  }
}
