import * as binary from "lib0/binary";
import * as decoding from "lib0/decoding";

/** Content kinds of a Yjs item (`info & BITS5`), as Yjs' `contentRefs` number them. */
const CONTENT = { deleted: 1, json: 2, binary: 3, string: 4, embed: 5, format: 6, type: 7, any: 8, doc: 9 } as const;
/** Type references whose content carries a node name (Y.XmlElement and Y.XmlHook). */
const NAMED_TYPE_REFS = new Set([3, 5]);
const LAST_TYPE_REF = 6;
const SKIP_INFO = 10;

function fail(): never {
  throw new Error("malformed update");
}

function readByte(decoder: decoding.Decoder): number {
  if (decoder.pos >= decoder.arr.length) fail();
  return decoding.readUint8(decoder);
}

function skipBytes(decoder: decoding.Decoder, length: number): void {
  if (decoder.pos + length > decoder.arr.length) fail();
  decoder.pos += length;
}

/** A string or byte array: its length, then its bytes. */
function skipSized(decoder: decoding.Decoder): void {
  skipBytes(decoder, decoding.readVarUint(decoder));
}

function skipId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

function skipContent(decoder: decoding.Decoder, kind: number): void {
  switch (kind) {
    case CONTENT.deleted:
      decoding.readVarUint(decoder);
      return;
    case CONTENT.json: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipSized(decoder);
      return;
    }
    case CONTENT.binary:
    case CONTENT.string:
    case CONTENT.embed:
      skipSized(decoder);
      return;
    case CONTENT.format:
      skipSized(decoder);
      skipSized(decoder);
      return;
    case CONTENT.type: {
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) fail();
      if (NAMED_TYPE_REFS.has(typeRef)) skipSized(decoder);
      return;
    }
    case CONTENT.any: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) decoding.readAny(decoder);
      return;
    }
    case CONTENT.doc:
      skipSized(decoder);
      decoding.readAny(decoder);
      return;
    default:
      fail();
  }
}

/** Reads past one struct of a v1 update (the layout of Yjs' `lazyStructReaderGenerator`). */
function skipStruct(decoder: decoding.Decoder): void {
  const info = readByte(decoder);
  if (info === SKIP_INFO) {
    decoding.readVarUint(decoder);
    return;
  }
  if ((info & binary.BITS5) === 0) {
    decoding.readVarUint(decoder); // a GC struct: its length
    return;
  }
  if ((info & binary.BIT8) !== 0) skipId(decoder); // origin
  if ((info & binary.BIT7) !== 0) skipId(decoder); // right origin
  if ((info & (binary.BIT7 | binary.BIT8)) === 0) {
    // No origin to take the parent from: the parent is a root type's name or an item's id.
    if (decoding.readVarUint(decoder) === 1) skipSized(decoder);
    else skipId(decoder);
    if ((info & binary.BIT6) !== 0) skipSized(decoder); // parent key (a map entry)
  }
  skipContent(decoder, info & binary.BITS5);
}

/**
 * Counts what applying a v1 update costs (client groups, structs, and the clients and ranges
 * of its delete set) without applying or allocating it, stopping as soon as the count passes
 * `max` (then returns a number above `max`). Throws on a malformed update.
 */
export function countUpdateItems(update: Uint8Array, max: number): number {
  const decoder = decoding.createDecoder(update);
  let count = 0;
  const groups = decoding.readVarUint(decoder);
  for (let group = 0; group < groups; group++) {
    if (++count > max) return count;
    const structs = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // client
    decoding.readVarUint(decoder); // first clock
    for (let i = 0; i < structs; i++) {
      if (++count > max) return count;
      skipStruct(decoder);
    }
  }
  const deleteClients = decoding.readVarUint(decoder);
  for (let client = 0; client < deleteClients; client++) {
    if (++count > max) return count;
    decoding.readVarUint(decoder); // client
    const ranges = decoding.readVarUint(decoder);
    for (let i = 0; i < ranges; i++) {
      if (++count > max) return count;
      skipId(decoder); // clock and length
    }
  }
  return count;
}
