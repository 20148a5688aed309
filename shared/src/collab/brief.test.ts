import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BRIEF_FRAGMENTS, briefFragment, briefHasContent } from "./brief.ts";
import { parseDocumentName, reviewDocumentName } from "./documentName.ts";
import { documentAccess } from "./permissions.ts";

describe("the brief document (host's project report and baseline context)", () => {
  it("is named review:<id>:brief", () => {
    const name = reviewDocumentName("abcdefghij234567", "brief");
    expect(name).toBe("review:abcdefghij234567:brief");
    expect(parseDocumentName(name)).toEqual({ scope: "review", reviewId: "abcdefghij234567", kind: "brief" });
  });

  it("is written by the host and moderators, read by peers and partners", () => {
    expect(documentAccess("brief", "host")).toBe("write");
    expect(documentAccess("brief", "moderator")).toBe("write");
    expect(documentAccess("brief", "peer")).toBe("read");
    expect(documentAccess("brief", "partner")).toBe("read");
    expect(documentAccess("brief", null)).toBe("none");
  });

  it("keeps the two parts in separate fragments", () => {
    const doc = new Y.Doc();
    expect(briefHasContent(doc)).toBe(false);
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, [new Y.XmlText("Context")]);
    briefFragment(doc, "baselineContext").insert(0, [paragraph]);
    expect(briefHasContent(doc)).toBe(true);
    expect(briefFragment(doc, "projectReport").length).toBe(0);
    expect(new Set(BRIEF_FRAGMENTS).size).toBe(2);
  });
});
