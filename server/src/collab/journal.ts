import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import path from "node:path";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { DocumentLogStore } from "../store/store.ts";
import { encodeChecksummed, readChecksummed, writeFully } from "./checksummedRecord.ts";

/**
 * The per-process write-ahead journal in front of the Store (DESIGN, "Sync and persistence").
 *
 * Every update is written to an append-only file with one `write` per event-loop tick
 * before it is broadcast; the Store commit follows off the fan-out path. A write() that
 * returned is in the kernel's page cache, so it survives SIGKILL and a crash of the
 * process (not a power cut: PGlite does not fsync either). On start, whatever the
 * journal still holds is appended to the Store before any document loads.
 *
 * Records: u32 payload length, u32 CRC-32 of the payload, payload = document name and
 * update (lib0 var-encoded). A torn or corrupt tail ends the replay of its segment.
 */

const SEGMENT_PATTERN = /^segment-(\d+)\.log$/;
/** A segment that has grown past this is closed and a new one opened; it is deleted once stored. */
const DEFAULT_MAX_SEGMENT_BYTES = 4 * 1024 * 1024;

type Segment = { id: number; fd: number; file: string; bytes: number; unstored: number; closed: boolean };

/** One journalled update; `release` it once the Store has committed it. */
export type JournalEntry = { segment: Segment | null; stored: boolean };

type Queued = {
  entry: JournalEntry;
  record: Uint8Array;
  onWritten: () => void;
  /** Runs instead of `onWritten` when the journal cannot be written: the caller falls back to the Store. */
  onUnwritten: () => void;
};

type Waiter = { onWritten: () => void; onUnwritten: () => void };

export class Journal {
  private current: Segment;
  private readonly segments = new Map<number, Segment>();
  private queue: Queued[] = [];
  private waiters: Waiter[] = [];
  private flushScheduled = false;
  private brokenBy: unknown = null;
  private closedForGood = false;

  private constructor(
    private readonly dir: string,
    firstSegmentId: number,
    private readonly maxSegmentBytes: number,
  ) {
    this.current = this.openSegment(firstSegmentId);
  }

  /**
   * Replays what an earlier process left in `dir` into the Store, deletes it, and opens a
   * fresh journal there. The caller holds the lock that makes `dir` this process's own.
   */
  static async open(dir: string, store: DocumentLogStore, options: { maxSegmentBytes?: number } = {}): Promise<{ journal: Journal; replayed: number }> {
    mkdirSync(dir, { recursive: true });
    const leftOver = listSegments(dir);
    const replayed = await replaySegments(leftOver, store);
    for (const segment of leftOver) unlinkSync(segment.file);
    const nextId = (leftOver.at(-1)?.id ?? 0) + 1;
    return { journal: new Journal(dir, nextId, options.maxSegmentBytes ?? DEFAULT_MAX_SEGMENT_BYTES), replayed };
  }

  /** False once a write failed; callers then wait for the Store as they would without a journal. */
  get writable(): boolean {
    return this.brokenBy === null && !this.closedForGood;
  }

  /**
   * Queues an update for this tick's write. `onWritten` runs once it is in the file;
   * `onUnwritten` instead if the journal cannot take it.
   */
  append(docName: string, update: Uint8Array, onWritten: () => void, onUnwritten: () => void): JournalEntry {
    const entry: JournalEntry = { segment: null, stored: false };
    if (!this.writable) {
      queueMicrotask(onUnwritten);
      return entry;
    }
    this.queue.push({ entry, record: encodeRecord(docName, update), onWritten, onUnwritten });
    this.scheduleFlush();
    return entry;
  }

  /** Runs `onWritten` once everything appended so far is in the file (now, when nothing is queued). */
  whenWritten(onWritten: () => void, onUnwritten: () => void): void {
    if (!this.writable) return onUnwritten();
    if (this.queue.length === 0) return onWritten();
    this.waiters.push({ onWritten, onUnwritten });
  }

  /** The Store has committed this entry: its segment may be emptied or deleted once nothing in it is pending. */
  release(entry: JournalEntry): void {
    if (entry.stored) return;
    entry.stored = true;
    const segment = entry.segment;
    if (!segment) return;
    segment.unstored -= 1;
    if (segment.unstored === 0) this.recycle(segment);
  }

  /** Writes what is queued now (tests and shutdown; normally once per tick). */
  flush(): void {
    this.flushScheduled = false;
    const queued = this.queue;
    const waiters = this.waiters;
    this.queue = [];
    this.waiters = [];
    if (queued.length === 0) {
      for (const waiter of waiters) waiter.onWritten();
      return;
    }
    try {
      if (this.current.bytes >= this.maxSegmentBytes) this.rotate();
      const segment = this.current;
      writeFully(segment.fd, concat(queued.map((q) => q.record)));
      for (const q of queued) {
        segment.bytes += q.record.byteLength;
        if (q.entry.stored) continue;
        q.entry.segment = segment;
        segment.unstored += 1;
      }
    } catch (error) {
      this.brokenBy = error;
      console.error(`[collab] the journal in ${this.dir} cannot be written; updates now wait for the database`, error);
      for (const q of queued) q.onUnwritten();
      for (const waiter of waiters) waiter.onUnwritten();
      return;
    }
    for (const q of queued) q.onWritten();
    for (const waiter of waiters) waiter.onWritten();
  }

  /**
   * Closes the files. Segments whose every entry was stored are deleted; any other stays
   * for the next start to replay.
   */
  close(): void {
    if (this.closedForGood) return;
    if (this.writable) this.flush();
    this.closedForGood = true;
    for (const segment of this.segments.values()) {
      closeSync(segment.fd);
      if (segment.unstored === 0) unlinkSync(segment.file);
    }
    this.segments.clear();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private openSegment(id: number): Segment {
    const file = path.join(this.dir, `segment-${id}.log`);
    const segment: Segment = { id, fd: openSync(file, "a"), file, bytes: 0, unstored: 0, closed: false };
    this.segments.set(id, segment);
    return segment;
  }

  private rotate(): void {
    const old = this.current;
    old.closed = true;
    this.current = this.openSegment(old.id + 1);
    if (old.unstored === 0) this.recycle(old);
  }

  /** Everything written to the segment is stored: empty it (current) or delete it (closed). */
  private recycle(segment: Segment): void {
    if (this.closedForGood) return;
    try {
      if (!segment.closed) {
        if (segment.bytes === 0) return;
        ftruncateSync(segment.fd, 0);
        segment.bytes = 0;
        return;
      }
      closeSync(segment.fd);
      unlinkSync(segment.file);
      this.segments.delete(segment.id);
    } catch (error) {
      // Harmless: the next start replays updates the Store already has (applying one twice changes nothing).
      console.error(`[collab] recycling journal segment ${segment.file} failed`, error);
    }
  }
}

function encodeRecord(docName: string, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, docName);
  encoding.writeVarUint8Array(encoder, update);
  return encodeChecksummed(encoding.toUint8Array(encoder));
}

/** The records of one segment, in order, up to the first torn or corrupt one. */
export function decodeSegment(bytes: Uint8Array): { docName: string; update: Uint8Array }[] {
  const records: { docName: string; update: Uint8Array }[] = [];
  let offset = 0;
  for (let record = readChecksummed(bytes, offset); record; record = readChecksummed(bytes, offset)) {
    try {
      const decoder = decoding.createDecoder(record.payload);
      records.push({ docName: decoding.readVarString(decoder), update: decoding.readVarUint8Array(decoder) });
    } catch {
      break;
    }
    offset = record.end;
  }
  return records;
}

function listSegments(dir: string): { id: number; file: string }[] {
  return readdirSync(dir)
    .map((name) => ({ match: SEGMENT_PATTERN.exec(name), name }))
    .filter((entry): entry is { match: RegExpExecArray; name: string } => entry.match !== null)
    .map(({ match, name }) => ({ id: Number(match[1]), file: path.join(dir, name) }))
    .sort((a, b) => a.id - b.id);
}

/** Appends every record to the Store, one batch per document (order within a document kept). */
async function replaySegments(segments: { file: string }[], store: DocumentLogStore): Promise<number> {
  const byDocument = new Map<string, Uint8Array[]>();
  let count = 0;
  for (const segment of segments) {
    for (const record of decodeSegment(readFileSync(segment.file))) {
      const updates = byDocument.get(record.docName) ?? [];
      updates.push(record.update);
      byDocument.set(record.docName, updates);
      count += 1;
    }
  }
  for (const [docName, updates] of byDocument) await store.appendUpdates(docName, updates);
  return count;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
