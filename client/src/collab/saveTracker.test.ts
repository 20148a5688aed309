import { describe, expect, it } from "vitest";
import { SaveTracker } from "./saveTracker.ts";

/** Connects and completes the handshake: provider's step 1 → server step 1 → server step 2. */
function handshake(tracker: SaveTracker): void {
  tracker.socketOpened();
  tracker.serverRequestedState();
  tracker.serverStateReceived();
}

describe("SaveTracker", () => {
  it("stays pending after the handshake until its own probe is answered", () => {
    const tracker = new SaveTracker();
    handshake(tracker);
    expect(tracker.pending).toBe(true);
    expect(tracker.needsProbe).toBe(true);
    tracker.probeSent();
    expect(tracker.needsProbe).toBe(false);
    tracker.serverStateReceived();
    expect(tracker.pending).toBe(false);
  });

  it("keeps edits made after a probe pending until a later probe returns", () => {
    const tracker = new SaveTracker();
    handshake(tracker);
    tracker.probeSent();
    tracker.serverStateReceived();

    tracker.localChange();
    tracker.probeSent();
    tracker.localChange();
    tracker.serverStateReceived();
    expect(tracker.pending).toBe(true);
    expect(tracker.needsProbe).toBe(true);
    tracker.probeSent();
    tracker.serverStateReceived();
    expect(tracker.pending).toBe(false);
  });

  it("does not probe while offline and forgets requests lost with the socket", () => {
    const tracker = new SaveTracker();
    handshake(tracker);
    tracker.probeSent();
    tracker.socketClosed();
    tracker.localChange();
    expect(tracker.needsProbe).toBe(false);
    expect(tracker.pending).toBe(true);

    tracker.socketOpened();
    expect(tracker.needsProbe).toBe(false); // the server has not asked for our edits yet
    tracker.serverStateReceived(); // the answer to the provider's own step 1
    expect(tracker.pending).toBe(true);
    tracker.serverRequestedState();
    tracker.probeSent();
    tracker.serverStateReceived();
    expect(tracker.pending).toBe(false);
  });

  it("ignores a stray step 2 with nothing in flight", () => {
    const tracker = new SaveTracker();
    tracker.localChange();
    tracker.serverStateReceived();
    expect(tracker.pending).toBe(true);
  });
});
