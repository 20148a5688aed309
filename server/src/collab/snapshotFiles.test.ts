import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { MESSAGE, encodeUpdate } from "./protocol.ts";
import { RoomRegistry } from "./roomRegistry.ts";
import { SnapshotFiles, decodeSnapshotFile, encodeSnapshotFile } from "./snapshotFiles.ts";
import type { CollabSocket, ConnectionIdentity } from "./socket.ts";

class FakeSocket implements CollabSocket {
  received: Uint8Array[] = [];
  send(message: Uint8Array) {
    this.received.push(message);
  }
  close() {}
  /** Applies every sync message received so far to a fresh client doc; its text. */
  text(): string {
    const doc = new Y.Doc();
    for (const message of this.received) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE.sync) continue;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, "server");
    }
    return doc.getText("t").toString();
  }
}

const writer: ConnectionIdentity = { user: { id: "u1", name: "Writer", color: "#1d4ed8", role: "peer" }, sessionId: "s1", access: "write" };

function emptySyncRequest(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  syncProtocol.writeSyncStep1(encoder, new Y.Doc());
  return encoding.toUint8Array(encoder);
}

function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.getText("t").insert(doc.getText("t").length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

const waitFor = async (condition: () => boolean, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("snapshot file format", () => {
  const file = encodeSnapshotFile("review:r1:report", new Uint8Array([1, 2, 3, 4, 5]), 42);

  it("reads back what it wrote", () => {
    expect(decodeSnapshotFile(file)).toEqual({ docName: "review:r1:report", upToSeq: 42, snapshot: new Uint8Array([1, 2, 3, 4, 5]) });
  });

  it("rejects every torn (truncated) copy, a longer one and any flipped byte", () => {
    for (let length = 0; length < file.byteLength; length++) expect(decodeSnapshotFile(file.subarray(0, length))).toBeNull();
    expect(decodeSnapshotFile(new Uint8Array([...file, 0]))).toBeNull();
    for (let i = 0; i < file.byteLength; i++) {
      const flipped = file.slice();
      flipped[i]! ^= 0x10;
      expect(decodeSnapshotFile(flipped)).toBeNull();
    }
  });
});

describe("snapshot files beside the journal", () => {
  let dir: string;
  let store: Store;
  let files: SnapshotFiles;
  let rooms: RoomRegistry;
  let name: string;
  let index = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "snapshot-files-"));
    store = await openPgliteStore(path.join(dir, "db"));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    index += 1;
    name = `review:${String(index).padStart(16, "b")}:report`;
    files = new SnapshotFiles(path.join(dir, "snapshots"));
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 }, snapshots: files });
  });
  afterEach(async () => {
    await rooms.closeAll();
  });

  /** Writes `text` through a room and unloads it: the compaction writes the file. Returns the writer's doc. */
  async function writeAndUnload(text: string): Promise<Y.Doc> {
    const room = await rooms.open(name);
    const socket = new FakeSocket();
    room.connect(socket, writer);
    const doc = new Y.Doc();
    room.receive(socket, encodeUpdate(textUpdate(doc, text)));
    await rooms.closeAll();
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 }, snapshots: files });
    return doc;
  }

  /** A client that asks for the whole document while the room loads, then joins it. */
  async function loadAsClient(): Promise<{ socket: FakeSocket; answeredEarly: boolean; textBeforeLoad: string }> {
    const opening = rooms.open(name);
    const socket = new FakeSocket();
    const answer = rooms.answerBeforeLoad(name, emptySyncRequest());
    if (answer) socket.send(answer.reply);
    const textBeforeLoad = socket.text();
    const room = await opening;
    room.connect(socket, writer, answer?.snapshot ?? null);
    if (!answer) room.receive(socket, emptySyncRequest());
    return { socket, answeredEarly: answer !== null, textBeforeLoad };
  }

  it("answers the first client from the file before the store, and nothing more when the file is current", async () => {
    await writeAndUnload("hello");
    expect(files.read(name)?.snapshot).toBeDefined();
    const client = await loadAsClient();
    expect(client.answeredEarly).toBe(true);
    expect(client.textBeforeLoad).toBe("hello");
    await waitFor(() => client.socket.received.length >= 2);
    // The file answer and the room's sync step 1; no catch-up for a file the store matches.
    expect(client.socket.received).toHaveLength(2);
    expect(client.socket.text()).toBe("hello");
  });

  it("sends what the store holds beyond a stale file (a log tail after kill -9)", async () => {
    const doc = await writeAndUnload("hello");
    // Rows appended after the compaction, as the journal's replay leaves them after a crash.
    await store.appendUpdates(name, [textUpdate(doc, " world")]);
    const client = await loadAsClient();
    expect(client.answeredEarly).toBe(true);
    expect(client.textBeforeLoad).toBe("hello");
    await waitFor(() => client.socket.text() === "hello world");
  });

  it("compacts a log tail found by a load right after it, so the next start answers from a current file", async () => {
    const doc = await writeAndUnload("hello");
    const before = files.read(name)!.upToSeq;
    await store.appendUpdates(name, [textUpdate(doc, " world")]);
    const client = await loadAsClient();
    await waitFor(() => client.socket.text() === "hello world");
    await waitFor(() => (files.read(name)?.upToSeq ?? 0) > before);
    expect((await store.loadDocument(name)).updates).toEqual([]);
    await rooms.closeAll();
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 }, snapshots: files });
    const next = await loadAsClient();
    expect(next.answeredEarly).toBe(true);
    expect(next.textBeforeLoad).toBe("hello world");
    await waitFor(() => next.socket.received.length >= 2);
    expect(next.socket.received).toHaveLength(2);
  });

  it("without files, answers a client waiting for the load with the stored snapshot before decoding it", async () => {
    const doc = await writeAndUnload("hello");
    const plain = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 } });
    const answers: { text: string; loadedYet: boolean }[] = [];
    let opened = false;
    plain.whenStoredSnapshot(name, (snapshot) => {
      const client = new Y.Doc();
      Y.applyUpdate(client, snapshot);
      answers.push({ text: client.getText("t").toString(), loadedYet: opened });
    });
    await plain.open(name).then(() => (opened = true));
    expect(answers).toEqual([{ text: "hello", loadedYet: false }]);
    await plain.closeAll();
    // With a log tail the snapshot is not the whole document: no early answer.
    await store.appendUpdates(name, [textUpdate(doc, "!")]);
    const tailed = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 } });
    const calls: Uint8Array[] = [];
    tailed.whenStoredSnapshot(name, (snapshot) => calls.push(snapshot));
    await tailed.open(name);
    expect(calls).toEqual([]);
    await tailed.closeAll();
  });

  it("deletes the file before the first change is acknowledged, so a crash never leaves a stale one", async () => {
    await writeAndUnload("hello");
    const room = await rooms.open(name);
    const socket = new FakeSocket();
    room.connect(socket, writer);
    room.receive(socket, encodeUpdate(textUpdate(new Y.Doc(), "!")));
    expect(files.read(name)).toBeNull();
    // A process started on the same store before any compaction (kill -9) waits for the store.
    const restarted = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 }, snapshots: files });
    const opening = restarted.open(name);
    expect(restarted.answerBeforeLoad(name, emptySyncRequest())).toBeNull();
    await opening;
    await restarted.closeAll();
    // The compaction on unload writes it back, whole.
    await rooms.closeAll();
    const file = files.read(name)!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, file.snapshot);
    expect(doc.getText("t").toString()).toContain("hello");
    expect(doc.getText("t").length).toBe(6);
  });

  it("ignores a torn file and loads from the store", async () => {
    await writeAndUnload("hello");
    const file = path.join(dir, "snapshots", readdirSync(path.join(dir, "snapshots")).find((entry) => entry.startsWith(encodeURIComponent(name)))!);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.byteLength - 3));
    expect(files.read(name)).toBeNull();
    const client = await loadAsClient();
    expect(client.answeredEarly).toBe(false);
    await waitFor(() => client.socket.text() === "hello");
  });

  it("ignores a file written for another document", async () => {
    await writeAndUnload("hello");
    const other = `review:${"c".repeat(16)}:report`;
    const otherFile = encodeSnapshotFile(other, Y.encodeStateAsUpdate(new Y.Doc()), 1);
    const file = path.join(dir, "snapshots", `${encodeURIComponent(name)}.snap`);
    writeFileSync(file, otherFile);
    expect(files.read(name)).toBeNull();
  });

  it("deletes a file that claims more than the store holds (a restored backup)", async () => {
    await writeAndUnload("hello");
    const current = files.read(name)!;
    files.write(name, current.snapshot, current.upToSeq + 1000);
    const client = await loadAsClient();
    expect(client.answeredEarly).toBe(true);
    await waitFor(() => client.socket.received.length >= 2);
    expect(files.read(name)).toBeNull();
  });

  it("writes the file of a document compacted before files existed", async () => {
    const room = await rooms.open(name);
    const socket = new FakeSocket();
    room.connect(socket, writer);
    room.receive(socket, encodeUpdate(textUpdate(new Y.Doc(), "old")));
    await rooms.closeAll();
    files.remove(name);
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 }, snapshots: files });
    expect(rooms.answerBeforeLoad(name, emptySyncRequest())).toBeNull();
    await rooms.open(name);
    expect(files.read(name)).not.toBeNull();
  });
});
