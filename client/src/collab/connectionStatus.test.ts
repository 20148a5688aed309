import { CLOSE_CODES } from "@review/shared";
import { describe, expect, it } from "vitest";
import {
  OFFLINE_AFTER_FAILURES,
  deriveStatus,
  initialConnectionState,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from "./connectionStatus.ts";

const run = (events: ConnectionEvent[], start: ConnectionState = initialConnectionState()) =>
  events.reduce(reduceConnection, start);

const connectedAndSynced: ConnectionEvent[] = [
  { type: "socket", phase: "connected" },
  { type: "synced", synced: true },
];

describe("deriveStatus", () => {
  it("says Connecting… before the first connection", () => {
    expect(deriveStatus(initialConnectionState(), "write")).toBe("connecting");
  });

  it("says Syncing… while connected but not synced, then Saved", () => {
    expect(deriveStatus(run([{ type: "socket", phase: "connected" }]), "write")).toBe("syncing");
    expect(deriveStatus(run(connectedAndSynced), "write")).toBe("saved");
  });

  it("says Syncing… while local edits await confirmation", () => {
    const state = run([...connectedAndSynced, { type: "pending", pending: true }]);
    expect(deriveStatus(state, "write")).toBe("syncing");
    expect(deriveStatus(reduceConnection(state, { type: "pending", pending: false }), "write")).toBe("saved");
  });

  it("says Live for readers", () => {
    expect(deriveStatus(run(connectedAndSynced), "read")).toBe("live");
    expect(deriveStatus(run([...connectedAndSynced, { type: "writeRejected" }]), "write")).toBe("live");
  });

  it("forgets a refused write on the next connection (the server refuses per connection)", () => {
    const refused = run([...connectedAndSynced, { type: "writeRejected" }]);
    expect(refused.writeRejected).toBe(true);
    const reconnected = run([{ type: "socket", phase: "disconnected" }, { type: "socketClosed", code: 4409 }, ...connectedAndSynced], refused);
    expect(reconnected.writeRejected).toBe(false);
    expect(deriveStatus(reconnected, "write")).toBe("saved");
  });

  it("says Reconnecting… after losing a connection, Offline after repeated failures", () => {
    const lost = run([...connectedAndSynced, { type: "socket", phase: "disconnected" }, { type: "socketClosed", code: 1006 }]);
    expect(lost.synced).toBe(false);
    expect(deriveStatus(lost, "write")).toBe("reconnecting");
    const failing = run(Array.from({ length: OFFLINE_AFTER_FAILURES - 1 }, () => ({ type: "socketClosed", code: 1006 }) as const), lost);
    expect(deriveStatus(failing, "write")).toBe("offline");
    expect(deriveStatus(run(connectedAndSynced, failing), "write")).toBe("saved");
  });

  it("says Offline at once when the browser has no network, even before the socket notices", () => {
    const state = run([...connectedAndSynced, { type: "browserOnline", online: false }]);
    expect(deriveStatus(state, "write")).toBe("offline");
    expect(deriveStatus(reduceConnection(state, { type: "browserOnline", online: true }), "write")).toBe("saved");
  });

  it("reports terminal close codes and ignores others", () => {
    expect(deriveStatus(run([{ type: "terminated", code: CLOSE_CODES.unauthenticated }]), "write")).toBe("signedOut");
    expect(deriveStatus(run([{ type: "terminated", code: CLOSE_CODES.forbidden }]), "write")).toBe("forbidden");
    expect(deriveStatus(run([{ type: "terminated", code: CLOSE_CODES.notFound }]), "write")).toBe("notFound");
    expect(run([{ type: "terminated", code: CLOSE_CODES.rateLimited }]).terminalCode).toBeNull();
  });

  it("says which limit closed the connection while reconnecting, until a sync succeeds", () => {
    const closedBy = (code: number) => run([...connectedAndSynced, { type: "socketClosed", code }]);
    expect(deriveStatus(closedBy(CLOSE_CODES.tooManyConnections), "write")).toBe("tooManyConnections");
    expect(deriveStatus(closedBy(CLOSE_CODES.writeQuotaExceeded), "write")).toBe("slowedDown");
    expect(deriveStatus(closedBy(CLOSE_CODES.rateLimited), "write")).toBe("slowedDown");
    expect(deriveStatus(closedBy(CLOSE_CODES.tooLarge), "write")).toBe("tooLarge");
    // Still said while the next attempt connects, and past the failures that would say Offline.
    const retrying = run(
      [{ type: "socket", phase: "connecting" }, ...Array.from({ length: OFFLINE_AFTER_FAILURES }, () => ({ type: "socketClosed", code: 1006 }) as const)],
      closedBy(CLOSE_CODES.tooManyConnections),
    );
    expect(deriveStatus(retrying, "write")).toBe("tooManyConnections");
    expect(deriveStatus(run(connectedAndSynced, retrying), "write")).toBe("saved");
    expect(deriveStatus(closedBy(1006), "write")).toBe("reconnecting");
  });

  it("stops for good on an update too large to save", () => {
    expect(deriveStatus(run([{ type: "terminated", code: CLOSE_CODES.updateTooLarge }]), "write")).toBe("tooLarge");
    expect(run([{ type: "terminated", code: CLOSE_CODES.writeQuotaExceeded }]).terminalCode).toBeNull();
  });
});
