import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { updateChangesNothing } from "./redundantUpdate.ts";

function docWith(edit: (text: Y.Text) => void, clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  edit(doc.getText("t"));
  return doc;
}

const copyOf = (doc: Y.Doc) => {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
};

describe("updateChangesNothing", () => {
  it("is true for a copy's sync answer, deletions included, and for the empty update", () => {
    const server = docWith((text) => {
      text.insert(0, "hello wide world");
      text.delete(5, 5);
      text.delete(0, 1);
    });
    const copy = copyOf(server);
    expect(updateChangesNothing(server, Y.encodeStateAsUpdate(copy, Y.encodeStateVector(server)))).toBe(true);
    expect(updateChangesNothing(server, Y.encodeStateAsUpdate(copy))).toBe(true);
    expect(updateChangesNothing(server, Y.encodeStateAsUpdate(new Y.Doc()))).toBe(true);
  });

  it("is false for new content, for a new deletion and for a deletion of unknown content", () => {
    const server = docWith((text) => text.insert(0, "hello world"), 1);
    const inserted = copyOf(server);
    inserted.getText("t").insert(0, "oh, ");
    expect(updateChangesNothing(server, Y.encodeStateAsUpdate(inserted, Y.encodeStateVector(server)))).toBe(false);

    const deleted = copyOf(server);
    deleted.getText("t").delete(2, 3);
    expect(updateChangesNothing(server, Y.encodeStateAsUpdate(deleted, Y.encodeStateVector(server)))).toBe(false);

    // Deleting part of an already deleted range and part of a live one.
    const partly = docWith((text) => {
      text.insert(0, "abcdef");
      text.delete(0, 2);
    }, 2);
    const further = copyOf(partly);
    further.getText("t").delete(0, 2);
    expect(updateChangesNothing(partly, Y.encodeStateAsUpdate(further, Y.encodeStateVector(partly)))).toBe(false);

    const elsewhere = docWith((text) => text.insert(0, "unknown"), 3);
    elsewhere.getText("t").delete(0, 2);
    const deleteOnly = Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(elsewhere));
    expect(updateChangesNothing(server, deleteOnly)).toBe(false);
  });
});
