import { writeSync } from "node:fs";
import { crc32 } from "node:zlib";

/** u32 payload length, u32 CRC-32 of the payload: the framing of journal records and snapshot files. */
const HEADER_BYTES = 8;

export function encodeChecksummed(payload: Uint8Array): Uint8Array {
  const record = new Uint8Array(HEADER_BYTES + payload.byteLength);
  const view = new DataView(record.buffer);
  view.setUint32(0, payload.byteLength);
  view.setUint32(4, crc32(payload));
  record.set(payload, HEADER_BYTES);
  return record;
}

/** The payload of the record at `offset` and where the record ends, or null when it is torn or corrupt. */
export function readChecksummed(bytes: Uint8Array, offset: number): { payload: Uint8Array; end: number } | null {
  if (offset + HEADER_BYTES > bytes.byteLength) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = offset + HEADER_BYTES;
  const end = start + view.getUint32(offset);
  if (end > bytes.byteLength) return null;
  const payload = bytes.subarray(start, end);
  return crc32(payload) === view.getUint32(offset + 4) ? { payload, end } : null;
}

export function writeFully(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
}
