import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { AwarenessUser } from "@review/shared";

export class AwarenessTooLargeError extends Error {}

type Entry = { clientId: number; clock: number; state: unknown };

const textDecoder = new TextDecoder();
const NULL_JSON = new TextEncoder().encode("null");

function isNull(json: Uint8Array): boolean {
  return json.length === NULL_JSON.length && json.every((byte, i) => byte === NULL_JSON[i]);
}

/** Decodes the entries `keep` accepts; the others' states are not parsed. */
function decodeEntries(update: Uint8Array, keep: (clientId: number, removes: boolean, clock: number) => boolean): Entry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    // A view, decoded only for the entries kept: a message may carry many that are dropped.
    const json = decoding.readVarUint8Array(decoder);
    if (keep(clientId, isNull(json), clock)) entries.push({ clientId, clock, state: JSON.parse(textDecoder.decode(json)) as unknown });
  }
  return entries;
}

function encodeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Rewrites an awareness update from one connection so that peers can trust it:
 * every state's `user` becomes the session's identity, and entries `mayUseClientId`
 * refuses (told whether the entry removes a state, and its clock) are dropped unparsed. Throws on
 * malformed input and AwarenessTooLargeError on an oversized state.
 */
export function rewriteAwarenessUpdate(
  update: Uint8Array,
  user: AwarenessUser,
  mayUseClientId: (clientId: number, removes: boolean, clock: number) => boolean,
  maxStateBytes: number,
): { update: Uint8Array; clientIds: number[] } | null {
  const kept: Entry[] = [];
  for (const entry of decodeEntries(update, mayUseClientId)) {
    let state = entry.state;
    if (state !== null) {
      const fields = typeof state === "object" && !Array.isArray(state) ? (state as Record<string, unknown>) : {};
      state = { ...fields, user };
      if (JSON.stringify(state).length > maxStateBytes) throw new AwarenessTooLargeError("Awareness state too large");
    }
    kept.push({ ...entry, state });
  }
  if (kept.length === 0) return null;
  return { update: encodeEntries(kept), clientIds: kept.map((entry) => entry.clientId) };
}
