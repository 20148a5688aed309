import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { encodeChecksummed, readChecksummed, writeFully } from "./checksummedRecord.ts";

/**
 * The latest compacted snapshot of each document as a file beside the journal, so that the
 * first client after a start is answered with one read instead of a database round trip
 * and a decode of the whole document.
 *
 * A cache, never the truth: a file only ever holds a snapshot the store had committed, so
 * what it sends is durable; the room still loads from the store and sends a connection
 * answered from the file whatever the store held beyond it (a log tail, another process's
 * rows). A torn or corrupt file fails its length or checksum and is ignored.
 *
 * File: u32 payload length, u32 CRC-32 of the payload, payload = document name, the log seq
 * the snapshot covers, the snapshot (lib0 var-encoded). Written to a temporary file and
 * renamed over the old one, so a reader sees the old file or the new one.
 */

const SUFFIX = ".snap";

export type SnapshotFile = { snapshot: Uint8Array; upToSeq: number };

export class SnapshotFiles {
  private writes = 0;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The document's snapshot file if it is whole and its own; null otherwise (missing, torn, corrupt). */
  read(docName: string): SnapshotFile | null {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(this.fileOf(docName));
    } catch {
      return null;
    }
    const decoded = decodeSnapshotFile(bytes);
    if (!decoded || decoded.docName !== docName) {
      console.error(`[collab] ignoring the damaged snapshot file of ${docName}; loading it from the database`);
      return null;
    }
    return { snapshot: decoded.snapshot, upToSeq: decoded.upToSeq };
  }

  has(docName: string): boolean {
    return existsSync(this.fileOf(docName));
  }

  /** Replaces the document's file with a snapshot the store has committed. Failures are logged: it is a cache. */
  write(docName: string, snapshot: Uint8Array, upToSeq: number): void {
    const file = this.fileOf(docName);
    const temporary = `${file}.${process.pid}.${this.writes++}.tmp`;
    try {
      const fd = openSync(temporary, "w");
      try {
        // No fsync, like the journal and PGlite: a power cut may leave a torn file, which the checksum rejects.
        writeFully(fd, encodeSnapshotFile(docName, snapshot, upToSeq));
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, file);
    } catch (error) {
      console.error(`[collab] writing the snapshot file of ${docName} failed`, error);
      try {
        unlinkSync(temporary);
      } catch {
        // Never created.
      }
    }
  }

  /** Deletes the document's file (it no longer matches the store). */
  remove(docName: string): void {
    try {
      unlinkSync(this.fileOf(docName));
    } catch {
      // Already gone.
    }
  }

  private fileOf(docName: string): string {
    // encodeURIComponent keeps "/" out of the name; the suffix keeps "." and ".." out.
    return path.join(this.dir, `${encodeURIComponent(docName)}${SUFFIX}`);
  }
}

export function encodeSnapshotFile(docName: string, snapshot: Uint8Array, upToSeq: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint(encoder, upToSeq);
  encoding.writeVarUint8Array(encoder, snapshot);
  return encodeChecksummed(encoding.toUint8Array(encoder));
}

/** The file's contents, or null when its length or checksum is wrong or it does not decode. */
export function decodeSnapshotFile(bytes: Uint8Array): { docName: string; upToSeq: number; snapshot: Uint8Array } | null {
  const record = readChecksummed(bytes, 0);
  if (!record || record.end !== bytes.byteLength) return null;
  try {
    const decoder = decoding.createDecoder(record.payload);
    const docName = decoding.readVarString(decoder);
    const upToSeq = decoding.readVarUint(decoder);
    const snapshot = decoding.readVarUint8Array(decoder);
    if (decoding.hasContent(decoder)) return null;
    return { docName, upToSeq, snapshot };
  } catch {
    return null;
  }
}
