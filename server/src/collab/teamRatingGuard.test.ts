import { beforeEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addCard, boardRoot, castVote, clearTeamRating, FACTOR_KEYS, setTeamRating, updateCard } from "@review/shared/board";
import { touchesTeamRating } from "./teamRatingGuard.ts";

const card = (text: string) => ({ text, source: "interview" as const, sourceLabel: "Coordinator", tests: [0], stance: "supports" as const, visitDay: 1 });

/** The server's document and two clients in sync with it; clients' updates pass the guard before the server applies them. */
function board() {
  const server = new Y.Doc();
  const clients = { moderator: new Y.Doc(), peer: new Y.Doc() };
  const sync = () => {
    for (const client of Object.values(clients)) Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
  };
  /** Runs `change` on a client and offers its update to the server: true when refused. */
  const write = (who: keyof typeof clients, change: (doc: Y.Doc) => void): boolean => {
    const doc = clients[who];
    const before = Y.encodeStateVector(doc);
    change(doc);
    const update = Y.encodeStateAsUpdate(doc, before);
    if (who === "peer" && touchesTeamRating(server, update)) return true;
    Y.applyUpdate(server, update);
    sync();
    return false;
  };
  return { server, clients, write };
}

describe("touchesTeamRating", () => {
  let b: ReturnType<typeof board>;
  let cardId: string;

  beforeEach(() => {
    b = board();
    b.write("moderator", (doc) => {
      cardId = addCard(doc, "core-1", card("first"), { author: "moderator" }).id;
    });
  });

  it("lets a peer add and edit cards, vote, and start a factor's entry", () => {
    expect(b.write("peer", (doc) => addCard(doc, "core-1", card("second"), { author: "peer" }))).toBe(false);
    expect(b.write("peer", (doc) => updateCard(doc, cardId, { text: "first, corrected" }))).toBe(false);
    expect(b.write("peer", (doc) => castVote(doc, "core-1", "peer", "partly"))).toBe(false);
    expect(b.write("peer", (doc) => castVote(doc, "core-1", "peer", null))).toBe(false);
    // A factor nobody wrote on yet: its seed entry (with an empty cites array) is created.
    expect(b.write("peer", (doc) => addCard(doc, "core-2", card("new factor"), { author: "peer" }))).toBe(false);
    expect(b.server.getMap("factors").has("core-2")).toBe(true);
  });

  it("refuses a peer's team rating, and lets the moderator record it", () => {
    const rate = (doc: Y.Doc) => setTeamRating(doc, "core-1", { rating: "wholly", rationale: "Seen twice", cites: [cardId] }, { by: "x" });
    expect(b.write("peer", rate)).toBe(true);
    expect(b.write("moderator", rate)).toBe(false);
    expect((b.server.getMap("factors").get("core-1") as Y.Map<unknown>).get(FACTOR_KEYS.rating)).toBe("wholly");
  });

  it("refuses a peer's change, withdrawal or citation edit of a recorded rating", () => {
    b.write("moderator", (doc) => setTeamRating(doc, "core-1", { rating: "partly", rationale: "Mixed", cites: [cardId] }, { by: "moderator" }));
    expect(b.write("peer", (doc) => setTeamRating(doc, "core-1", { rating: "not", rationale: "No", cites: [cardId] }, { by: "peer" }))).toBe(true);
    expect(b.write("peer", (doc) => clearTeamRating(doc, "core-1"))).toBe(true);
    expect(b.write("peer", (doc) => (boardRoot(doc).get("core-1") as Y.Map<unknown>).set(FACTOR_KEYS.rationale, "Rewritten"))).toBe(true);
    expect(b.write("peer", (doc) => ((boardRoot(doc).get("core-1") as Y.Map<unknown>).get(FACTOR_KEYS.cites) as Y.Array<string>).push(["forged"]))).toBe(true);
    expect(b.write("peer", (doc) => ((boardRoot(doc).get("core-1") as Y.Map<unknown>).get(FACTOR_KEYS.cites) as Y.Array<string>).delete(0, 1))).toBe(true);
    const factor = b.server.getMap("factors").get("core-1") as Y.Map<unknown>;
    expect([factor.get(FACTOR_KEYS.rating), factor.get(FACTOR_KEYS.rationale), (factor.get(FACTOR_KEYS.cites) as Y.Array<string>).toArray()]).toEqual(["partly", "Mixed", [cardId]]);
  });

  it("refuses a peer deleting or replacing a whole factor entry", () => {
    expect(b.write("peer", (doc) => boardRoot(doc).delete("core-1"))).toBe(true);
    expect(b.write("peer", (doc) => boardRoot(doc).set("core-1", new Y.Map()))).toBe(true);
  });

  it("finds a rating write whose place only its neighbour in the same update tells", () => {
    b.write("moderator", (doc) => setTeamRating(doc, "core-1", { rating: "partly", rationale: "Mixed", cites: [cardId] }, { by: "moderator" }));
    // Two overwrites in one transaction: the second's left neighbour is the first, new in the same update.
    expect(
      b.write("peer", (doc) =>
        doc.transact(() => {
          const factor = boardRoot(doc).get("core-1") as Y.Map<unknown>;
          factor.set(FACTOR_KEYS.ratedBy, "a");
          factor.set(FACTOR_KEYS.ratedBy, "b");
        }),
      ),
    ).toBe(true);
  });
});
