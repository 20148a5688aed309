import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SelfAssessmentError } from "./errors.ts";
import { clearFindingReply, findingRepliesRoot, readFindingReplies, readFindingReply, setFindingReply } from "./findingReplies.ts";

const meta = { by: "Aoife Byrne", at: "2026-03-21T09:00:00.000Z" };

describe("host replies to findings", () => {
  it("sets, replaces and clears a reply per factor", () => {
    const doc = new Y.Doc();
    expect(readFindingReply(doc, "core-1")).toBeNull();
    setFindingReply(doc, "core-1", { status: "contested", note: "  We run weekly sessions.  " }, meta);
    expect(readFindingReply(doc, "core-1")).toEqual({ status: "contested", note: "We run weekly sessions.", by: "Aoife Byrne", at: meta.at });
    setFindingReply(doc, "core-1", { status: "accepted", note: "" }, { by: "Elena" });
    expect(readFindingReply(doc, "core-1")).toMatchObject({ status: "accepted", note: "", by: "Elena" });
    expect(clearFindingReply(doc, "core-1")).toBe(true);
    expect(clearFindingReply(doc, "core-1")).toBe(false);
    expect(readFindingReplies(doc).size).toBe(0);
  });

  it("refuses bad input and skips junk", () => {
    const doc = new Y.Doc();
    expect(() => setFindingReply(doc, "core-1", { status: "maybe" as never, note: "" }, meta)).toThrow(SelfAssessmentError);
    expect(() => setFindingReply(doc, "core-1", { status: "accepted", note: "x".repeat(2001) }, meta)).toThrow(SelfAssessmentError);
    findingRepliesRoot(doc).set("core-2", { status: "accepted", note: 5, by: "x", at: meta.at });
    findingRepliesRoot(doc).set("core-3", new Y.Map());
    findingRepliesRoot(doc).set("core-4", "contested");
    setFindingReply(doc, "core-5", { status: "evidence_supplied", note: "See the 2025 report." }, meta);
    expect([...readFindingReplies(doc).keys()]).toEqual(["core-5"]);
  });

  it("converges when a host and the moderator reply at once (one whole reply wins)", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setFindingReply(a, "core-1", { status: "contested", note: "Host" }, meta);
    setFindingReply(b, "core-1", { status: "accepted", note: "Moderator" }, { by: "Elena", at: meta.at });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const winner = readFindingReply(a, "core-1");
    expect(winner).toEqual(readFindingReply(b, "core-1"));
    expect([["contested", "Host"], ["accepted", "Moderator"]]).toContainEqual([winner!.status, winner!.note]);
  });
});
