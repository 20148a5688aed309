import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import * as encoding from "lib0/encoding";
import type { Store } from "./store.ts";

/**
 * Runs, once before the server listens, the reads every first connection needs (session,
 * review, membership, document) and the Yjs encoders a sync answer uses. The first user
 * after a restart then does not wait for the embedded database's query planning and the
 * JIT warming up on their request (measured by the bench's cold-load section).
 */
export async function warmUpStore(store: Store): Promise<void> {
  const noId = "warmupwarmupwarm";
  await Promise.all([store.findSession("0".repeat(64)), store.findReview(noId), store.findMembership(noId, noId), store.loadDocument(`review:${noId}:report`)]);
  const doc = new Y.Doc();
  doc.getXmlFragment("content").insert(0, [new Y.XmlText("warm up")]);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep2(encoder, copy, Y.encodeStateVector(doc));
  encoding.toUint8Array(encoder);
  doc.destroy();
  copy.destroy();
}
