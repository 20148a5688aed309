import * as Y from "yjs";
import { CommentError } from "./errors.ts";
import type { CommentAnchor } from "./schema.ts";

// Both browsers and Node 20 have btoa/atob; shared compiles without the DOM library.
const { btoa, atob } = globalThis as unknown as { btoa(binary: string): string; atob(base64: string): string };

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes a passage's two relative positions for the document. */
export function encodeAnchor(start: Y.RelativePosition, end: Y.RelativePosition): CommentAnchor {
  return { start: toBase64(Y.encodeRelativePosition(start)), end: toBase64(Y.encodeRelativePosition(end)) };
}

/** Decodes an anchor read from the document; null when either half is not a relative position. */
export function decodeAnchor(anchor: CommentAnchor): { start: Y.RelativePosition; end: Y.RelativePosition } | null {
  try {
    return { start: Y.decodeRelativePosition(fromBase64(anchor.start)), end: Y.decodeRelativePosition(fromBase64(anchor.end)) };
  } catch {
    return null;
  }
}

/** Throws unless the anchor decodes (writers never store an anchor nobody can resolve). */
export function assertAnchor(anchor: CommentAnchor): void {
  if (!decodeAnchor(anchor)) throw new CommentError("invalid_anchor", "The comment's anchor is not a pair of relative positions");
}

/**
 * Where a relative position points now in a Y.XmlText-based tree: the text and the index
 * in it, or null when its text (or a parent) was deleted, or it points outside `root`.
 */
// `any`: Y.XmlFragment and Y.XmlText differ in their event type, and either may be the root.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function resolveInTree(doc: Y.Doc, root: Y.AbstractType<any>, position: Y.RelativePosition): { type: Y.AbstractType<unknown>; index: number } | null {
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (!absolute) return null;
  let type: Y.AbstractType<unknown> | null = absolute.type;
  if (type !== (root as Y.AbstractType<unknown>) && !Y.isParentOf(root, absolute.type._item)) return null;
  while (type && type !== (root as Y.AbstractType<unknown>)) {
    if (type._item === null || type._item.deleted) return null;
    type = type._item.parent as Y.AbstractType<unknown> | null;
  }
  return { type: absolute.type, index: absolute.index };
}
