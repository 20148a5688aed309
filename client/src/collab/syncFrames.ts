import { messageSync } from "y-websocket";
import { messageYjsSyncStep1 } from "y-protocols/sync";

/**
 * Encodes a y-websocket "sync step 1" frame: [messageSync, step1, varUint8Array(stateVector)].
 * Written by hand (three varints) so the client needs no direct lib0 dependency.
 */
export function encodeSyncStep1Frame(stateVector: Uint8Array): Uint8Array {
  const bytes: number[] = [];
  writeVarUint(bytes, messageSync);
  writeVarUint(bytes, messageYjsSyncStep1);
  writeVarUint(bytes, stateVector.length);
  const frame = new Uint8Array(bytes.length + stateVector.length);
  frame.set(bytes, 0);
  frame.set(stateVector, bytes.length);
  return frame;
}

/** lib0's unsigned varint: 7 bits per byte, least significant first, high bit = more. */
function writeVarUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}
