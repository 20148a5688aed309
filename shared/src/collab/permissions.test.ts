import { describe, expect, it } from "vitest";
import { documentAccess, mayComment, mayReadParticipantNames, paperDocumentAccess, paperRoleOf } from "./permissions.ts";
import { paperDocumentName, parseDocumentName, reviewDocumentName } from "./documentName.ts";

describe("document permissions", () => {
  it("lets moderators and peers write the report, hosts and partners only read it", () => {
    expect(documentAccess("report", "moderator")).toBe("write");
    expect(documentAccess("report", "peer")).toBe("write");
    expect(documentAccess("report", "host")).toBe("read");
    expect(documentAccess("report", "partner")).toBe("read");
  });

  it("refuses non-members every document", () => {
    for (const kind of ["board", "ratings", "self", "report", "comments", "programme"] as const) expect(documentAccess(kind, null)).toBe("none");
  });

  it("lets the review team write the visit programme, hosts and partners read it, and only moderators see real names", () => {
    expect(["moderator", "peer", "host", "partner"].map((role) => documentAccess("programme", role as "peer"))).toEqual(["write", "write", "read", "read"]);
    expect(["moderator", "peer", "host", "partner"].map((role) => mayReadParticipantNames(role as "peer"))).toEqual([true, false, false, false]);
    expect(parseDocumentName("review:abcdefghij234567:programme")).toEqual({ scope: "review", reviewId: "abcdefghij234567", kind: "programme" });
  });

  it("lets nobody write the ratings document over the socket (the server writes it from commands)", () => {
    for (const role of ["moderator", "peer", "host", "partner"] as const) expect(documentAccess("ratings", role)).toBe("read");
  });

  it("lets every member comment, through the comment commands only (the document is server-written)", () => {
    for (const role of ["moderator", "peer", "host", "partner"] as const) {
      expect(documentAccess("comments", role)).toBe("read");
      expect(mayComment(role)).toBe(true);
    }
    expect(mayComment(null)).toBe(false);
  });
});

describe("document names", () => {
  it("round-trips review document names", () => {
    const name = reviewDocumentName("abcdefghij234567", "report");
    expect(name).toBe("review:abcdefghij234567:report");
    expect(parseDocumentName(name)).toEqual({ scope: "review", reviewId: "abcdefghij234567", kind: "report" });
  });

  it("rejects anything else", () => {
    for (const bad of ["", "paper:short", "paper:abcdefghij234567:board", "paper:abcdefghij234567:", "paper:ABCDEFGHIJ234567", "review:short:report", "review:abcdefghij234567:secrets", "review:ABCDEFGHIJ234567:report", "../etc/passwd", "review:abcdefghij234567:report:x"]) {
      expect(parseDocumentName(bad)).toBeNull();
    }
  });
});

describe("policy papers", () => {
  it("round-trips paper and paper comment document names", () => {
    expect(paperDocumentName("abcdefghij234567")).toBe("paper:abcdefghij234567");
    expect(parseDocumentName("paper:abcdefghij234567")).toEqual({ scope: "paper", paperId: "abcdefghij234567", kind: "paper" });
    expect(parseDocumentName(paperDocumentName("abcdefghij234567", "comments"))).toEqual({ scope: "paper", paperId: "abcdefghij234567", kind: "comments" });
  });

  it("lets network moderators write a paper, every member read it and comment", () => {
    expect(paperDocumentAccess("paper", "moderator")).toBe("write");
    expect(paperDocumentAccess("paper", "member")).toBe("read");
    // Comments go through the comment commands; the socket only reads them.
    expect(paperDocumentAccess("comments", "member")).toBe("read");
    expect(paperDocumentAccess("comments", "moderator")).toBe("read");
  });

  it("lets a paper's authors and administrators write it; a member who authors nothing only reads", () => {
    expect(paperDocumentAccess("paper", paperRoleOf("member", true))).toBe("write");
    expect(paperDocumentAccess("paper", paperRoleOf("member", false))).toBe("read");
    expect(paperDocumentAccess("paper", paperRoleOf("administrator", false))).toBe("write");
    expect(paperDocumentAccess("paper", paperRoleOf("moderator", false))).toBe("write");
    expect(paperRoleOf("moderator", true)).toBe("moderator");
    // Comments on a paper go through the comment commands, never over the socket.
    expect(paperDocumentAccess("comments", paperRoleOf("member", false))).toBe("read");
  });
});
