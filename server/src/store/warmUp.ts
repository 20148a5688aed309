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
  await Promise.all([store.findSession("0".repeat(64)), store.findReviewWithRole(noId, noId), store.loadDocument(`review:${noId}:report`)]);
  warmUpYjs();
}

/**
 * Builds a report-sized document with an editing history and loads and encodes it a few
 * times, so that V8 has optimised Yjs's decoding and integration before the first user's
 * document arrives (a cold 150 KB load took 40 ms in Y.applyUpdate alone, a warm one 10).
 */
function warmUpYjs(): void {
  const doc = new Y.Doc();
  const content = doc.getXmlFragment("content");
  for (let i = 0; i < 200; i++) {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText(`Warm-up paragraph ${i}: evidence, ratings and recommendations.`)]);
    content.push([paragraph]);
  }
  for (let i = 0; i < 300; i++) {
    const text = (content.get((i * 37) % content.length) as Y.XmlElement).get(0) as Y.XmlText;
    text.insert((i * 13) % text.length, "x", i % 5 === 0 ? { bold: true } : undefined);
  }
  const update = Y.encodeStateAsUpdate(doc);
  for (let round = 0; round < 4; round++) {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep2(encoder, copy, new Uint8Array([0]));
    encoding.toUint8Array(encoder);
    copy.destroy();
  }
  doc.destroy();
}
