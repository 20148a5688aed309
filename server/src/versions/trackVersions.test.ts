import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import { EDITOR_FRAGMENT } from "@review/shared";
import { RoomRegistry } from "../collab/roomRegistry.ts";
import { MESSAGE, encodeUpdate } from "../collab/protocol.ts";
import type { CollabSocket, ConnectionIdentity } from "../collab/socket.ts";
import { openPgliteStore } from "../store/pglite.ts";
import type { Store } from "../store/store.ts";
import { mergeContent } from "./mergeContent.ts";
import { trackVersions } from "./trackVersions.ts";

class FakeSocket implements CollabSocket {
  received: Uint8Array[] = [];
  send(message: Uint8Array) {
    this.received.push(message);
  }
  close() {}
  applyTo(doc: Y.Doc) {
    for (const message of this.received) {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE.sync) continue;
      syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, "server");
    }
  }
}

const GRACE_MS = 150;

const identity = (id: string, access: "write" | "read"): ConnectionIdentity => ({
  user: { id, name: id, color: "#1d4ed8", role: access === "write" ? "peer" : "partner" },
  sessionId: `session-${id}`,
  access,
});

function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph]);
  return encodeUpdate(Y.encodeStateAsUpdate(doc));
}

const waitFor = async (condition: () => boolean | Promise<boolean>, timeoutMs = 5000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe("trackVersions", () => {
  let dir: string;
  let store: Store;
  let rooms: RoomRegistry;
  let stop: () => void;
  let name: string;
  let index = 0;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "versions-track-"));
    store = await openPgliteStore(path.join(dir, "db"));
    for (const id of ["writer0000000000", "reader0000000000"]) {
      await store.createUser({ id, email: `${id}@example.org`, name: id, color: "#123456", passwordHash: "x" });
    }
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    index += 1;
    name = `review:${String(index).padStart(16, "b")}:report`;
    rooms = new RoomRegistry({ store: store, limits: { idleUnloadMs: 60_000 } });
    stop = trackVersions({ store, rooms }, GRACE_MS);
  });
  afterEach(async () => {
    stop();
    await rooms.closeAll();
  });

  it("records the session with its writers once the document stayed empty for the grace period", async () => {
    const room = await rooms.open(name);
    const writer = new FakeSocket();
    const reader = new FakeSocket();
    room.connect(writer, identity("writer0000000000", "write"));
    room.connect(reader, identity("reader0000000000", "read"));
    room.receive(writer, paragraphUpdate("Findings"));
    room.receive(reader, paragraphUpdate("Dropped: the reader may not write"));
    room.disconnect(reader);
    room.disconnect(writer);
    expect(rooms.connectionsTo(name)).toBe(0);
    expect(await store.listVersions(name)).toEqual([]);

    await waitFor(async () => (await store.listVersions(name)).length === 1);
    const [version] = await store.listVersions(name);
    expect(version).toMatchObject({ kind: "auto", createdBy: null });
    expect(version!.contributors.map((person) => person.id)).toEqual(["writer0000000000"]);
  });

  it("records the versions of documents whose sessions ended together two at a time", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    const countingStore = new Proxy(store, {
      get: (target, property, receiver) =>
        property === "insertVersion"
          ? async (...args: Parameters<Store["insertVersion"]>) => {
              inFlight += 1;
              mostInFlight = Math.max(mostInFlight, inFlight);
              try {
                return await target.insertVersion(...args);
              } finally {
                inFlight -= 1;
              }
            }
          : Reflect.get(target, property, receiver),
    });
    stop();
    stop = trackVersions({ store: countingStore, rooms }, GRACE_MS);
    const names = Array.from({ length: 8 }, (_, document) => `review:${String(index).padStart(15, "c")}${document}:report`);
    for (const docName of names) {
      const room = await rooms.open(docName);
      const writer = new FakeSocket();
      room.connect(writer, identity("writer0000000000", "write"));
      room.receive(writer, paragraphUpdate(`Findings of ${docName}`));
      room.disconnect(writer);
    }
    await waitFor(async () => (await Promise.all(names.map((docName) => store.listVersions(docName)))).every((versions) => versions.length === 1));
    expect(mostInFlight).toBeGreaterThan(0);
    expect(mostInFlight).toBeLessThanOrEqual(2);
  });

  it("does not end a session when someone comes back within the grace period", async () => {
    const room = await rooms.open(name);
    const first = new FakeSocket();
    room.connect(first, identity("writer0000000000", "write"));
    room.receive(first, paragraphUpdate("Draft"));
    room.disconnect(first);
    const second = new FakeSocket();
    room.connect(second, identity("writer0000000000", "write"));
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS * 3));
    expect(await store.listVersions(name)).toEqual([]);
  });

  it("applies a server change through the room: stored, sent to every connection, no writer noted", async () => {
    const room = await rooms.open(name);
    const socket = new FakeSocket();
    room.connect(socket, identity("reader0000000000", "read"));
    const source = new Y.Doc();
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Restored text")]);
    source.getXmlFragment(EDITOR_FRAGMENT).insert(0, [paragraph]);

    await rooms.applyServerChange(name, (doc) =>
      mergeContent(doc.getXmlFragment(EDITOR_FRAGMENT), source.getXmlFragment(EDITOR_FRAGMENT)),
    );

    const client = new Y.Doc();
    await waitFor(() => {
      socket.applyTo(client);
      return client.getXmlFragment(EDITOR_FRAGMENT).toString() === "<paragraph>Restored text</paragraph>";
    });
    const stored = await store.loadDocument(name);
    const reloaded = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot);
    for (const row of stored.updates) Y.applyUpdate(reloaded, row.data);
    expect(reloaded.getXmlFragment(EDITOR_FRAGMENT).toString()).toBe("<paragraph>Restored text</paragraph>");
    room.disconnect(socket);
    await waitFor(async () => (await store.listVersions(name)).length === 1);
    expect((await store.listVersions(name))[0]!.contributors).toEqual([]);
  });
});
