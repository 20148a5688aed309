import type * as Y from "yjs";
import type { ConnectionIdentity } from "./socket.ts";

/** What a rule decides about a connection's update: apply it, ignore it silently, or refuse it (the client is told once). */
export type UpdateVerdict = "apply" | "ignore" | { refuse: string };

export type UpdateContext = { docName: string; doc: Y.Doc; identity: ConnectionIdentity; update: Uint8Array };

/**
 * Hooks into every room of a registry, in the style of Hocuspocus extensions: a new rule or a
 * new follower of documents is a small module registered with `RoomRegistry.use`, not an edit
 * of the room or of the collab route. Hooks run in the order they were registered; the
 * registry's own rules (collab/rules/) come first.
 */
export type RoomHooks = {
  /**
   * Before a connection joins a document, once its permission is known. `loaded`: whether this
   * process has the document loaded already (a mirrored document is brought up to date only
   * when it is about to be loaded).
   */
  beforeOpen?(docName: string, loaded: boolean): Promise<void> | void;
  /**
   * Before a connection's update is decoded and applied; the first verdict other than "apply"
   * decides. Throwing a LimitExceededError closes the connection with its code.
   */
  beforeApplyUpdate?(context: UpdateContext): UpdateVerdict;
  /** After a connection's update changed the document (durable or not yet). */
  afterWrite?(docName: string, identity: ConnectionIdentity): void;
  /** The last connection to the document left. */
  onEmpty?(docName: string): void;
};
