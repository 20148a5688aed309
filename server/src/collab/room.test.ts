import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { CLOSE_CODES, COLLAB_LIMITS } from "@review/shared";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { MESSAGE, encodeUpdate } from "./protocol.ts";
import { RoomRegistry, TooManyDocumentsError } from "./roomRegistry.ts";
import type { CollabSocket, ConnectionIdentity } from "./socket.ts";

class FakeSocket implements CollabSocket {
  received: Uint8Array[] = [];
  closed: { code: number; reason: string } | null = null;
  send(message: Uint8Array) {
    this.received.push(message);
  }
  close(code: number, reason: string) {
    this.closed = { code, reason };
  }
  /** Applies every sync message received so far to a client doc. */
  applyTo(doc: Y.Doc) {
    for (const message of this.received) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE.sync) continue;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, "server");
    }
  }
  typesReceived() {
    return this.received.map((message) => decoding.readVarUint(decoding.createDecoder(message)));
  }
}

const identity = (name: string, access: "write" | "read", role: ConnectionIdentity["user"]["role"]): ConnectionIdentity => ({
  user: { id: `id-${name}`, name, color: "#1d4ed8", role },
  sessionId: `session-${name}`,
  access,
});

const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** Opens each document with a writer connected that has written `textOf(docName)`. */
function openWritten(registry: RoomRegistry, names: string[], textOf: (docName: string) => string) {
  return Promise.all(
    names.map(async (docName) => {
      const room = await registry.open(docName);
      const writer = new FakeSocket();
      room.connect(writer, identity("W", "write", "peer"));
      room.receive(writer, encodeUpdate(textUpdate(textOf(docName))));
      return { room, writer };
    }),
  );
}

async function storedText(store: Store, name: string): Promise<string> {
  const stored = await store.loadDocument(name);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const row of stored.updates) Y.applyUpdate(doc, row.data);
  return doc.getText("t").toString();
}

describe("Room", () => {
  let dir: string;
  let store: Store;
  let rooms: RoomRegistry;
  let name: string;
  let testIndex = 0;

  // One database for the file (PGlite's first start takes seconds); one document per test.
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "room-test-"));
    store = await openPgliteStore(path.join(dir, "db"));
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    testIndex += 1;
    name = `review:${String(testIndex).padStart(16, "a")}:report`;
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 50, compactAfterUpdates: 40 } });
  });
  afterEach(async () => {
    await rooms.closeAll();
  });

  it("stores an update before any other connection receives it", async () => {
    const room = await rooms.open(name);
    const writer = new FakeSocket();
    const reader = new FakeSocket();
    room.connect(writer, identity("Writer", "write", "peer"));
    room.connect(reader, identity("Reader", "write", "peer"));
    let storedWhenBroadcast: string | null = null;
    const originalSend = reader.send.bind(reader);
    reader.send = (message) => {
      originalSend(message);
      void storedText(store, name).then((text) => (storedWhenBroadcast ??= text));
    };
    await waitFor(() => reader.received.length >= 1);
    reader.received = [];
    storedWhenBroadcast = null;
    room.receive(writer, encodeUpdate(textUpdate("hello")));
    await waitFor(() => storedWhenBroadcast !== null);
    expect(storedWhenBroadcast).toBe("hello");
    const client = new Y.Doc();
    reader.applyTo(client);
    expect(client.getText("t").toString()).toBe("hello");
  });

  it("sends the updates stored together as one frame per connection, in order", async () => {
    const room = await rooms.open(name);
    const writer = new FakeSocket();
    const reader = new FakeSocket();
    room.connect(writer, identity("Writer", "write", "peer"));
    room.connect(reader, identity("Reader", "write", "peer"));
    await waitFor(() => reader.received.length >= 1 && writer.received.length >= 1);
    reader.received = [];
    writer.received = [];
    const doc = new Y.Doc();
    for (const word of ["one ", "two ", "three"]) {
      const before = Y.encodeStateVector(doc);
      doc.getText("t").insert(doc.getText("t").length, word);
      room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(doc, before)));
    }
    await waitFor(() => reader.received.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reader.received).toHaveLength(1);
    expect(writer.received).toHaveLength(0);
    const client = new Y.Doc();
    reader.applyTo(client);
    expect(client.getText("t").toString()).toBe("one two three");
  });

  it("answers an empty client with the stored snapshot only while the document is unchanged", async () => {
    const first = await rooms.open(name);
    const writer = new FakeSocket();
    first.connect(writer, identity("Writer", "write", "peer"));
    first.receive(writer, encodeUpdate(textUpdate("hello")));
    await rooms.closeAll(); // compacts into a snapshot
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 50, compactAfterUpdates: 40 } });
    const room = await rooms.open(name);

    const syncFromScratch = async () => {
      const socket = new FakeSocket();
      room.connect(socket, identity("Reader", "write", "peer"));
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE.sync);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      room.receive(socket, encoding.toUint8Array(encoder));
      await waitFor(() => socket.received.length >= 2);
      const client = new Y.Doc();
      socket.applyTo(client);
      return { socket, client, text: client.getText("t").toString() };
    };
    const reader = await syncFromScratch();
    expect(reader.text).toBe("hello");

    const before = Y.encodeStateVector(reader.client);
    reader.client.getText("t").insert(5, " world");
    room.receive(reader.socket, encodeUpdate(Y.encodeStateAsUpdate(reader.client, before)));
    await waitFor(async () => (await storedText(store, name)) === "hello world");
    expect((await syncFromScratch()).text).toBe("hello world");
  });

    it("drops a read-only connection's updates and tells it once", async () => {
    const room = await rooms.open(name);
    const host = new FakeSocket();
    const peer = new FakeSocket();
    room.connect(host, identity("Host", "read", "host"));
    room.connect(peer, identity("Peer", "write", "peer"));
    await waitFor(() => peer.received.length >= 1);
    const before = peer.received.length;
    room.receive(host, encodeUpdate(textUpdate("sneaky")));
    room.receive(host, encodeUpdate(textUpdate("again")));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(room.doc.getText("t").toString()).toBe("");
    expect(peer.received.length).toBe(before);
    expect(host.typesReceived().filter((type) => type === MESSAGE.auth)).toHaveLength(1);
    expect(rooms.droppedUpdates).toBe(2);
    expect(await storedText(store, name)).toBe("");
  });

  it("runs registered hooks after its own rules: a hook refuses a writer's update, none lets a reader write", async () => {
    const seen: string[] = [];
    const stop = rooms.use({
      beforeApplyUpdate: ({ identity: who }) => {
        seen.push(who.user.name);
        return who.user.name === "Partner" ? { refuse: "not now" } : "apply";
      },
      afterWrite: (docName, who) => seen.push(`wrote ${who.user.name} ${docName === name}`),
    });
    try {
      const room = await rooms.open(name);
      const peer = new FakeSocket();
      const partner = new FakeSocket();
      const host = new FakeSocket();
      room.connect(peer, identity("Peer", "write", "peer"));
      room.connect(partner, identity("Partner", "write", "partner"));
      room.connect(host, identity("Host", "read", "host"));
      room.receive(partner, encodeUpdate(textUpdate("refused")));
      room.receive(host, encodeUpdate(textUpdate("read-only")));
      room.receive(peer, encodeUpdate(textUpdate("kept")));
      await waitFor(async () => (await storedText(store, name)) === "kept");
      expect(room.doc.getText("t").toString()).toBe("kept");
      // The host's update never reached the hook: the room's write rule refused it first.
      expect(seen).toEqual(["Partner", "Peer", "wrote Peer true"]);
      expect(partner.typesReceived().filter((type) => type === MESSAGE.auth)).toHaveLength(1);
      expect(host.typesReceived().filter((type) => type === MESSAGE.auth)).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it("does not refuse a reader's copy of the document (its sync answer carries the whole delete set)", async () => {
    const room = await rooms.open(name);
    const writer = new FakeSocket();
    room.connect(writer, identity("Peer", "write", "peer"));
    const written = new Y.Doc();
    written.getText("t").insert(0, "draft wordingg");
    written.getText("t").delete(13, 1);
    room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(written)));
    await waitFor(() => room.doc.getText("t").toString() === "draft wording");

    // A reader whose copy is the server's: what it sends back changes nothing.
    const reader = new FakeSocket();
    room.connect(reader, identity("Host", "read", "host"));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc));
    const answer = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(room.doc));
    expect(answer.byteLength).toBeGreaterThan(2);
    room.receive(reader, encodeUpdate(answer));
    // A real change from the same reader is still refused, and told once.
    copy.getText("t").delete(0, 6);
    room.receive(reader, encodeUpdate(Y.encodeStateAsUpdate(copy, Y.encodeStateVector(room.doc))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(room.doc.getText("t").toString()).toBe("draft wording");
    expect(reader.typesReceived().filter((type) => type === MESSAGE.auth)).toHaveLength(1);
    expect(rooms.droppedUpdates).toBe(1);
  });

  it("rewrites awareness identity and refuses another connection's client id", async () => {
    const room = await rooms.open(name);
    const alice = new FakeSocket();
    const mallory = new FakeSocket();
    room.connect(alice, identity("Alice", "write", "peer"));
    room.connect(mallory, identity("Mallory", "read", "partner"));
    const aliceDoc = new Y.Doc();
    const aliceAwareness = new awarenessProtocol.Awareness(aliceDoc);
    aliceAwareness.setLocalState({ user: { name: "Alice" }, cursor: 1 });
    const fromAlice = awarenessProtocol.encodeAwarenessUpdate(aliceAwareness, [aliceDoc.clientID]);
    room.receive(alice, awarenessMessage(fromAlice));

    const malloryDoc = new Y.Doc();
    const malloryAwareness = new awarenessProtocol.Awareness(malloryDoc);
    malloryAwareness.setLocalState({ user: { name: "Elena (moderator)", role: "moderator" } });
    room.receive(mallory, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(malloryAwareness, [malloryDoc.clientID])));
    // Mallory replays an update for Alice's client id with a later clock.
    const forged = new Map([[aliceDoc.clientID, { clock: 99, lastUpdated: 0 }]]);
    const forgedStates = new Map<number, Record<string, unknown>>([[aliceDoc.clientID, { user: { name: "Forged" } }]]);
    room.receive(mallory, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(
      { meta: forged, states: forgedStates } as unknown as awarenessProtocol.Awareness,
      [aliceDoc.clientID],
    )));

    const states = room.awareness.getStates();
    expect(states.get(aliceDoc.clientID)).toMatchObject({ user: { name: "Alice", role: "peer", id: "id-Alice" }, cursor: 1 });
    expect(states.get(malloryDoc.clientID)).toMatchObject({ user: { name: "Mallory", role: "partner" } });
    room.disconnect(alice);
    expect(room.awareness.getStates().has(aliceDoc.clientID)).toBe(false);
    aliceAwareness.destroy();
    malloryAwareness.destroy();
  });

  it("sends the awareness changes of one event-loop turn as one message, not back to a lone sender", async () => {
    const room = await rooms.open(name);
    const [alice, bob, carol] = [new FakeSocket(), new FakeSocket(), new FakeSocket()];
    room.connect(alice, identity("Alice", "write", "peer"));
    room.connect(bob, identity("Bob", "write", "peer"));
    room.connect(carol, identity("Carol", "read", "host"));
    await waitFor(() => carol.typesReceived().includes(MESSAGE.sync));
    const awarenessMessages = (socket: FakeSocket) => socket.received.filter((message) => decoding.readVarUint(decoding.createDecoder(message)) === MESSAGE.awareness);
    const clientsIn = (message: Uint8Array) => {
      const decoder = decoding.createDecoder(message);
      decoding.readVarUint(decoder);
      const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
      const count = decoding.readVarUint(update);
      const ids: number[] = [];
      for (let i = 0; i < count; i++) {
        ids.push(decoding.readVarUint(update));
        decoding.readVarUint(update);
        decoding.readVarString(update);
      }
      return ids;
    };
    const client = () => {
      const doc = new Y.Doc();
      const awareness = new awarenessProtocol.Awareness(doc);
      return { doc, awareness };
    };
    const a = client();
    const b = client();
    const before = { alice: awarenessMessages(alice).length, bob: awarenessMessages(bob).length, carol: awarenessMessages(carol).length };

    // Alice moves her cursor three times and Bob once, all in one turn.
    for (const cursor of [1, 2, 3]) {
      a.awareness.setLocalState({ cursor });
      room.receive(alice, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(a.awareness, [a.doc.clientID])));
    }
    b.awareness.setLocalState({ cursor: 9 });
    room.receive(bob, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(b.awareness, [b.doc.clientID])));
    expect(awarenessMessages(carol)).toHaveLength(before.carol);
    await new Promise((resolve) => setImmediate(resolve));
    const toCarol = awarenessMessages(carol).slice(before.carol);
    expect(toCarol).toHaveLength(1);
    expect(clientsIn(toCarol[0]!).sort()).toEqual([a.doc.clientID, b.doc.clientID].sort());
    expect(awarenessMessages(alice)).toHaveLength(before.alice + 1);
    expect(awarenessMessages(bob)).toHaveLength(before.bob + 1);
    expect(room.awareness.getStates().get(a.doc.clientID)).toMatchObject({ cursor: 3 });

    // A lone sender's turn goes to the others only, as received.
    b.awareness.setLocalState({ cursor: 10 });
    room.receive(bob, awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(b.awareness, [b.doc.clientID])));
    await new Promise((resolve) => setImmediate(resolve));
    expect(awarenessMessages(bob)).toHaveLength(before.bob + 1);
    expect(awarenessMessages(carol)).toHaveLength(before.carol + 2);
    expect(clientsIn(awarenessMessages(carol).at(-1)!)).toEqual([b.doc.clientID]);
    a.awareness.destroy();
    b.awareness.destroy();
  });

  it("closes a connection that floods or sends garbage", async () => {
    const room = await rooms.open(name);
    const garbage = new FakeSocket();
    room.connect(garbage, identity("G", "write", "peer"));
    room.receive(garbage, new Uint8Array([9, 9, 9]));
    expect(garbage.closed?.code).toBe(CLOSE_CODES.badMessage);

    const flood = new FakeSocket();
    room.connect(flood, identity("F", "write", "peer"));
    const query = new Uint8Array([MESSAGE.queryAwareness]);
    for (let i = 0; i <= COLLAB_LIMITS.messageBurst * 10 && !flood.closed; i++) room.receive(flood, query);
    expect(flood.closed?.code).toBe(CLOSE_CODES.rateLimited);

    const big = new FakeSocket();
    room.connect(big, identity("B", "write", "peer"));
    room.receive(big, new Uint8Array(COLLAB_LIMITS.maxFrameBytes + 1));
    expect(big.closed?.code).toBe(CLOSE_CODES.tooLarge);
  });

  it("closes every connection and broadcasts nothing when the store cannot append", async () => {
    const failing: Store = Object.create(store, {
      appendUpdates: { value: () => Promise.reject(new Error("disk full")) },
    }) as Store;
    const failingRooms = new RoomRegistry({ store: failing, limits: { idleUnloadMs: 50 } });
    const room = await failingRooms.open(name);
    const writer = new FakeSocket();
    const reader = new FakeSocket();
    room.connect(writer, identity("W", "write", "peer"));
    room.connect(reader, identity("R", "write", "peer"));
    await waitFor(() => reader.received.length >= 1);
    const seen = reader.received.length;
    const originalError = console.error;
    console.error = () => {};
    try {
      room.receive(writer, encodeUpdate(textUpdate("lost?")));
      await waitFor(() => reader.closed !== null && writer.closed !== null);
    } finally {
      console.error = originalError;
    }
    expect(reader.closed?.code).toBe(CLOSE_CODES.storageFailed);
    expect(reader.received.length).toBe(seen);
    // The writer still holds its edit and resends it on reconnect; a fresh room loads without it.
    await waitFor(() => failingRooms.loadedCount === 0);
    expect(await storedText(store, name)).toBe("");
    await failingRooms.closeAll();
  });

  it("unloads idle documents to stay under the open-document limit, and refuses when all are in use", async () => {
    const small = new RoomRegistry({ store: store, limits: { maxOpenDocuments: 2, idleUnloadMs: 60_000 } });
    const busy = new FakeSocket();
    (await small.open(`${name.slice(0, -6)}board`)).connect(busy, identity("B", "write", "peer"));
    await small.open(`${name.slice(0, -6)}self`);
    expect(small.loadedCount).toBe(2);
    // The idle "self" document makes way for a third one.
    await small.open(name);
    expect(small.loadedCount).toBe(2);
    const user = new FakeSocket();
    (await small.open(name)).connect(user, identity("U", "write", "peer"));
    await expect(small.open(`${name.slice(0, -6)}comments`)).rejects.toThrow(TooManyDocumentsError);
    await small.closeAll();
  });

  it("compacts the log into a snapshot and reloads the same content after unload", async () => {
    const room = await rooms.open(name);
    const writer = new FakeSocket();
    room.connect(writer, identity("W", "write", "peer"));
    const client = new Y.Doc();
    client.on("update", (update: Uint8Array) => room.receive(writer, encodeUpdate(update)));
    const total = 130;
    for (let i = 0; i < total; i++) {
      client.getText("t").insert(client.getText("t").length, "x");
      // Spread updates over ticks so that they form several group commits.
      if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(async () => (await storedText(store, name)).length === total);
    await waitFor(async () => (await store.loadDocument(name)).snapshot !== null);
    room.disconnect(writer);
    await waitFor(() => rooms.loadedCount === 0);
    const stored = await store.loadDocument(name);
    expect(stored.updates.length).toBeLessThan(total);
    const reopened = await rooms.open(name);
    expect(reopened).not.toBe(room);
    expect(reopened.doc.getText("t").toString()).toBe("x".repeat(total));
  });

  it("compacts documents that fell idle together two at a time, each in its own turn of the event loop", async () => {
    let turn = 0;
    const turns = setInterval(() => (turn += 1), 0);
    const startedInTurn = new Map<number, number>();
    const traced = new RoomRegistry({
      store,
      limits: { idleUnloadMs: 50 },
      trace: (line) => {
        if (line.includes("compaction start")) startedInTurn.set(turn, (startedInTurn.get(turn) ?? 0) + 1);
      },
    });
    try {
      const names = Array.from({ length: 12 }, (_, index) => `${name.slice(0, -"report".length)}idle-${index}`);
      const writers = await openWritten(traced, names, (docName) => `text of ${docName}`);
      await waitFor(async () => (await Promise.all(names.map((docName) => storedText(store, docName)))).every((text) => text.startsWith("text of")));
      for (const { room, writer } of writers) room.disconnect(writer);
      await waitFor(() => traced.loadedCount === 0);
      expect([...startedInTurn.values()].reduce((sum, count) => sum + count, 0)).toBe(names.length);
      expect(Math.max(...startedInTurn.values())).toBeLessThanOrEqual(2);
      for (const docName of names) expect((await store.loadDocument(docName)).snapshot).not.toBeNull();
    } finally {
      clearInterval(turns);
      await traced.closeAll();
    }
  });

  it("keeps a document opened again while its idle unload waited its turn", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The real store, with its compactions held until the document is back in use.
    const slowStore = new Proxy(store, {
      get: (target, property, receiver) =>
        property === "compactDocument"
          ? async (...args: Parameters<Store["compactDocument"]>) => {
              await held;
              return target.compactDocument(...args);
            }
          : Reflect.get(target, property, receiver),
    });
    let compactionsStarted = 0;
    let compactionsDone = 0;
    const queued = new RoomRegistry({
      store: slowStore,
      limits: { idleUnloadMs: 50 },
      trace: (line) => {
        if (line.includes("compaction start")) compactionsStarted += 1;
        if (line.includes("compaction done")) compactionsDone += 1;
      },
    });
    try {
      const names = Array.from({ length: 3 }, (_, index) => `${name.slice(0, -"report".length)}back-${index}`);
      const writers = await openWritten(queued, names, () => "kept");
      await waitFor(async () => (await Promise.all(names.map((docName) => storedText(slowStore, docName)))).every((text) => text === "kept"));
      for (const { room, writer } of writers) room.disconnect(writer);
      // The first two unloads compact (held); the third waits its turn.
      await waitFor(() => compactionsStarted === 2 && queued.loadedCount === 1);
      const last = writers[2]!.room;
      // Opened again, its client not yet connected (the upgrade is still checking the session).
      expect(await queued.open(names[2]!)).toBe(last);
      release();
      await waitFor(() => compactionsDone === 2);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(queued.loadedCount).toBe(1);
      expect(compactionsStarted).toBe(2);
      const reader = new FakeSocket();
      last.connect(reader, identity("R", "write", "peer"));
      expect(reader.closed).toBeNull();
    } finally {
      release();
      await queued.closeAll();
    }
  });
});

function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
