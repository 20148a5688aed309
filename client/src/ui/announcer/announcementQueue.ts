/**
 * The timing behind the one announcer: what the live regions say, and when.
 *
 * - A burst becomes one message: texts said within `burstMs` of each other are joined, each
 *   distinct text once.
 * - Counted messages ("Jonas Weber added 3 cards") gather until `summaryMs` pass without a new
 *   one (at most `summaryMaxMs` after the first), and each group is then said once, with its count.
 * - The same text is not said again within `repeatMs` (a double click, two components
 *   reporting the same thing).
 *
 * Pure: no DOM, no React; the provider renders what `emit` receives.
 */
export type Politeness = "polite" | "assertive";

export type QueueTiming = { burstMs: number; summaryMs: number; summaryMaxMs: number; repeatMs: number };

export const DEFAULT_TIMING: QueueTiming = { burstMs: 150, summaryMs: 2500, summaryMaxMs: 8000, repeatMs: 1000 };

export type Counted = {
  /** Events of one group are counted together, e.g. `cards:<userId>`. */
  group: string;
  /** Renders the summary for the number of events gathered (translated when flushed). */
  render: (count: number) => string;
  /** How many events this one stands for; 1 unless told. */
  count?: number;
  politeness?: Politeness;
};

type Timers = {
  now: () => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Stream = { texts: string[]; timer: unknown };
type Group = { render: (count: number) => string; count: number; politeness: Politeness };

export class AnnouncementQueue {
  private readonly streams: Record<Politeness, Stream> = { polite: { texts: [], timer: null }, assertive: { texts: [], timer: null } };
  private readonly groups = new Map<string, Group>();
  private summaryTimer: unknown = null;
  private summaryStarted = 0;
  private readonly last: Record<Politeness, { text: string; at: number }> = { polite: { text: "", at: -Infinity }, assertive: { text: "", at: -Infinity } };

  constructor(
    private readonly emit: (politeness: Politeness, text: string) => void,
    private readonly timing: QueueTiming = DEFAULT_TIMING,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Says `text` after the current burst settles. Blank texts are ignored. */
  say(text: string, politeness: Politeness = "polite"): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    const stream = this.streams[politeness];
    if (!stream.texts.includes(trimmed)) stream.texts.push(trimmed);
    if (stream.timer !== null) this.timers.clearTimeout(stream.timer);
    stream.timer = this.timers.setTimeout(() => this.flushStream(politeness), this.timing.burstMs);
  }

  /** Counts an event into its group; the groups are summarised once the events pause. */
  count({ group, render, count = 1, politeness = "polite" }: Counted): void {
    const existing = this.groups.get(group);
    if (existing) {
      existing.count += count;
      existing.render = render;
    } else {
      this.groups.set(group, { render, count, politeness });
    }
    const now = this.timers.now();
    if (this.summaryTimer === null) this.summaryStarted = now;
    else this.timers.clearTimeout(this.summaryTimer);
    const wait = Math.min(this.timing.summaryMs, this.summaryStarted + this.timing.summaryMaxMs - now);
    this.summaryTimer = this.timers.setTimeout(() => this.flushGroups(), Math.max(0, wait));
  }

  /** Drops everything pending (the provider unmounts). */
  dispose(): void {
    for (const stream of Object.values(this.streams)) {
      if (stream.timer !== null) this.timers.clearTimeout(stream.timer);
      stream.timer = null;
      stream.texts = [];
    }
    if (this.summaryTimer !== null) this.timers.clearTimeout(this.summaryTimer);
    this.summaryTimer = null;
    this.groups.clear();
  }

  private flushStream(politeness: Politeness): void {
    const stream = this.streams[politeness];
    stream.timer = null;
    const texts = stream.texts;
    stream.texts = [];
    this.deliver(politeness, texts);
  }

  private flushGroups(): void {
    this.summaryTimer = null;
    const byPoliteness: Record<Politeness, string[]> = { polite: [], assertive: [] };
    for (const group of this.groups.values()) {
      const text = group.render(group.count).trim();
      if (text && !byPoliteness[group.politeness].includes(text)) byPoliteness[group.politeness].push(text);
    }
    this.groups.clear();
    this.deliver("polite", byPoliteness.polite);
    this.deliver("assertive", byPoliteness.assertive);
  }

  private deliver(politeness: Politeness, texts: readonly string[]): void {
    if (texts.length === 0) return;
    const text = texts.join(" ");
    const now = this.timers.now();
    const last = this.last[politeness];
    if (last.text === text && now - last.at < this.timing.repeatMs) return;
    this.last[politeness] = { text, at: now };
    this.emit(politeness, text);
  }
}
