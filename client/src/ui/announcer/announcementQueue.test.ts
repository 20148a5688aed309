import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AnnouncementQueue, type Politeness } from "./announcementQueue.ts";

describe("AnnouncementQueue", () => {
  let said: Array<[Politeness, string]>;
  let queue: AnnouncementQueue;

  beforeEach(() => {
    vi.useFakeTimers();
    said = [];
    queue = new AnnouncementQueue((politeness, text) => said.push([politeness, text]), { burstMs: 100, summaryMs: 1000, summaryMaxMs: 3000, repeatMs: 500 });
  });
  afterEach(() => {
    queue.dispose();
    vi.useRealTimers();
  });

  it("joins a burst into one message, each distinct text once", () => {
    queue.say("Card saved");
    vi.advanceTimersByTime(50);
    queue.say("Card saved");
    queue.say("Vote recorded");
    expect(said).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(said).toEqual([["polite", "Card saved Vote recorded"]]);
  });

  it("keeps polite and assertive apart and ignores blank texts", () => {
    queue.say("Offline", "assertive");
    queue.say("Saved");
    queue.say("   ");
    vi.advanceTimersByTime(100);
    expect(said).toEqual([
      ["assertive", "Offline"],
      ["polite", "Saved"],
    ]);
  });

  it("does not repeat the same text within the repeat window, but does after it", () => {
    queue.say("Comment added");
    vi.advanceTimersByTime(100);
    queue.say("Comment added");
    vi.advanceTimersByTime(100);
    expect(said).toHaveLength(1);
    vi.advanceTimersByTime(500);
    queue.say("Comment added");
    vi.advanceTimersByTime(100);
    expect(said).toEqual([
      ["polite", "Comment added"],
      ["polite", "Comment added"],
    ]);
  });

  it("counts events per group over the summary window and says each group once", () => {
    const cards = (name: string) => (count: number) => `${name} added ${count} card${count === 1 ? "" : "s"}`;
    queue.count({ group: "cards:jonas", render: cards("Jonas") });
    vi.advanceTimersByTime(300);
    queue.count({ group: "cards:jonas", render: cards("Jonas") });
    queue.count({ group: "cards:ana", render: cards("Ana") });
    vi.advanceTimersByTime(900);
    queue.count({ group: "cards:jonas", render: cards("Jonas"), count: 1 });
    vi.advanceTimersByTime(999);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual([["polite", "Jonas added 3 cards Ana added 1 card"]]);
    // A new window starts with the next event.
    queue.count({ group: "cards:jonas", render: cards("Jonas") });
    vi.advanceTimersByTime(1000);
    expect(said.at(-1)).toEqual(["polite", "Jonas added 1 card"]);
  });

  it("says a steady stream at the latest summaryMaxMs after its first event", () => {
    for (let i = 0; i < 10; i += 1) {
      queue.count({ group: "votes:ana", render: (count) => `Ana cast ${count} votes` });
      vi.advanceTimersByTime(500);
    }
    // 0, 500, ... 2500 counted by 3000; the rest start the next summary.
    expect(said).toEqual([["polite", "Ana cast 6 votes"]]);
    vi.advanceTimersByTime(1000);
    expect(said.at(-1)).toEqual(["polite", "Ana cast 4 votes"]);
  });

  it("dispose drops what is pending", () => {
    queue.say("Never");
    queue.count({ group: "g", render: () => "Never either" });
    queue.dispose();
    vi.advanceTimersByTime(5000);
    expect(said).toEqual([]);
  });
});
