import { parseDocumentName } from "@review/shared";
import type { RoomRegistry } from "../collab/roomRegistry.ts";
import type { VersionStore } from "../store/store.ts";

/** Per registry: document name → users already noted as writers since its latest version. */
const noted = new WeakMap<RoomRegistry, Map<string, Set<string>>>();

/** Documents that keep a version history: the findings report of a review and a policy paper's text. */
export function hasVersions(docName: string): boolean {
  const ref = parseDocumentName(docName);
  return (ref?.scope === "review" && ref.kind === "report") || (ref?.scope === "paper" && ref.kind === "paper");
}

/**
 * Notes every user who writes to a versioned document, once per version period: the
 * first write goes to the store (shared by every process, survives restarts), later
 * ones only hit this memory until the next version forgets them.
 */
export function noteWriter(deps: { store: VersionStore; rooms: RoomRegistry }, docName: string, userId: string): void {
  let documents = noted.get(deps.rooms);
  if (!documents) noted.set(deps.rooms, (documents = new Map()));
  let users = documents.get(docName);
  if (!users) documents.set(docName, (users = new Set()));
  if (users.has(userId)) return;
  users.add(userId);
  deps.store.noteDocumentWriter(docName, userId).catch((error: unknown) => {
    users.delete(userId);
    console.error(`[versions] noting a writer of ${docName} failed`, error);
  });
}

/** After a version took the noted writers: the next write of each is noted again. */
export function forgetWriters(rooms: RoomRegistry, docName: string): void {
  noted.get(rooms)?.delete(docName);
}
