import * as Y from "yjs";
function time(label: string, update: Uint8Array, base?: Uint8Array) {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, base);
  const t = performance.now();
  Y.applyUpdate(doc, update);
  const ms = performance.now() - t;
  const d = Y.decodeUpdate(update);
  console.log(label, "items", d.structs.length, "bytes", update.length, "ms", ms.toFixed(1));
}
const N = Number(process.argv[2] ?? 20000);
// map sets with distinct keys
{ const d = new Y.Doc(); const m = d.getMap("factors"); d.transact(() => { for (let i = 0; i < N; i++) m.set("k" + i, i); }); time("mapKeys", Y.encodeStateAsUpdate(d)); }
// same key overwritten many times (each set by its own client -> no merge)
{ const docs: Uint8Array[] = []; for (let i = 0; i < N; i++) { const d = new Y.Doc(); d.clientID = i + 1; d.getMap("factors").set("x", i); docs.push(Y.encodeStateAsUpdate(d)); } time("sameKeyManyClients", Y.mergeUpdates(docs)); }
// array inserts at alternating positions (no merge)
{ const d = new Y.Doc(); const a = d.getArray("a"); d.transact(() => { for (let i = 0; i < N; i++) a.insert(Math.floor(a.length / 2), [i]); }); time("arrayMiddle", Y.encodeStateAsUpdate(d)); }
// text: alternating formats
{ const d = new Y.Doc(); const t = d.getText("t"); d.transact(() => { for (let i = 0; i < N / 3; i++) t.insert(t.length, "ab", i % 2 ? { bold: true } : {}); }); time("textFormats", Y.encodeStateAsUpdate(d)); }
// nested maps
{ const d = new Y.Doc(); const m = d.getMap("factors"); d.transact(() => { for (let i = 0; i < N / 2; i++) { const c = new Y.Map(); m.set("f" + i, c); } }); time("nestedMaps", Y.encodeStateAsUpdate(d)); }
// items whose origin is missing (pending structs)
{ const d = new Y.Doc(); d.clientID = 7; const a = d.getArray("a"); d.transact(() => { a.insert(0, [0]); }); const first = Y.encodeStateAsUpdate(d); d.transact(() => { for (let i = 0; i < N; i++) a.insert(Math.floor(a.length / 2), [i]); }); const rest = Y.encodeStateAsUpdate(d, Y.encodeStateVectorFromUpdate(first)); time("pendingMissingOrigin", rest); }
