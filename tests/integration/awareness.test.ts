import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { COLLAB_LIMITS, COLLAB_PATH, KEEP_ALIVE_MESSAGE, keepAliveFrame } from "@review/shared";
import { connectDoc, type CollabClient } from "../support/collabClient.ts";
import { encodeAwarenessMessage, openRawCollabSocket } from "../support/rawCollab.ts";
import { createTeam } from "../support/team.ts";
import { BACKENDS, startTestServer, type TestServer } from "../support/testServer.ts";
import { waitFor } from "../support/waitFor.ts";

type State = { user?: { id?: string; name?: string; color?: string; role?: string }; [key: string]: unknown };

describe.each(BACKENDS)("awareness identity (%s)", (backend) => {
  let server: TestServer;
  const clients: CollabClient[] = [];
  const sockets: WebSocket[] = [];
  const connect = (cookie: string, docName: string) => {
    const client = connectDoc(server, cookie, docName);
    clients.push(client);
    return client;
  };
  const stateOf = (observer: CollabClient, clientId: number) => observer.awareness.getStates().get(clientId) as State | undefined;

  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.terminate();
  });
  afterAll(async () => {
    await server?.cleanup();
  });

  it("peers see the session's identity, not the one a client claims", async () => {
    const team = await createTeam(server, { spoofer: "peer", observer: "partner" });
    const spoofer = connect(team.members.spoofer.cookieHeader, team.reportDoc);
    const observer = connect(team.members.observer.cookieHeader, team.reportDoc);
    await Promise.all([spoofer.whenSynced(), observer.whenSynced()]);

    spoofer.awareness.setLocalState({
      user: { id: team.moderator.user!.id, name: "Someone else", color: "#000000", role: "moderator" },
      cursor: { anchor: 1, head: 1 },
    });
    const seen = await waitFor(
      () => {
        const state = stateOf(observer, spoofer.doc.clientID);
        return state?.cursor ? state : undefined;
      },
      { description: "the observer to see the spoofer's awareness state" },
    );
    const real = team.members.spoofer.user!;
    expect(seen.user).toEqual({ id: real.id, name: real.name, color: real.color, role: "peer" });
    expect(seen.cursor).toEqual({ anchor: 1, head: 1 });
  });

  it("a state for another connection's client id is ignored", async () => {
    const team = await createTeam(server, { victim: "peer", attacker: "peer", observer: "partner" });
    const victim = connect(team.members.victim.cookieHeader, team.reportDoc);
    const observer = connect(team.members.observer.cookieHeader, team.reportDoc);
    await Promise.all([victim.whenSynced(), observer.whenSynced()]);
    victim.awareness.setLocalStateField("cursor", { anchor: 3, head: 3 });
    await waitFor(() => stateOf(observer, victim.doc.clientID)?.cursor, { description: "the victim's state at the observer" });
    const victimClock = victim.awareness.meta.get(victim.doc.clientID)?.clock ?? 0;

    const attacker = await openRawCollabSocket(`${server.wsUrl}${COLLAB_PATH}/${team.reportDoc}`, {
      cookie: team.members.attacker.cookieHeader,
      origin: server.origin,
    });
    sockets.push(attacker);
    const attackerId = victim.doc.clientID === 424242 ? 424243 : 424242;
    // Overwrite the victim's state, then try to remove it.
    attacker.send(encodeAwarenessMessage([{ clientId: victim.doc.clientID, clock: victimClock + 10, state: { cursor: "hijacked", user: { name: "Victim" } } }]));
    attacker.send(encodeAwarenessMessage([{ clientId: victim.doc.clientID, clock: victimClock + 20, state: null }]));
    // Then publish a legitimate state of its own: once the observer sees it, the server has processed the spoofs.
    attacker.send(encodeAwarenessMessage([{ clientId: attackerId, clock: 1, state: { marker: true } }]));

    const attackerState = await waitFor(() => stateOf(observer, attackerId), { description: "the attacker's own state at the observer" });
    expect(attackerState.user?.name).toBe(team.members.attacker.user!.name);
    expect(stateOf(observer, victim.doc.clientID)).toMatchObject({
      cursor: { anchor: 3, head: 3 },
      user: { name: team.members.victim.user!.name, id: team.members.victim.user!.id },
    });
    expect(victim.awareness.getLocalState()?.cursor).toEqual({ anchor: 3, head: 3 });
  });

  it("a connection gone silent is closed and leaves the others' presence within two heartbeats", async () => {
    const team = await createTeam(server, { lost: "peer", observer: "partner" });
    const observer = connect(team.members.observer.cookieHeader, team.reportDoc);
    await observer.whenSynced();
    // A socket that stops answering pings, as one whose network went away.
    const lost = await openRawCollabSocket(
      `${server.wsUrl}${COLLAB_PATH}/${team.reportDoc}`,
      { cookie: team.members.lost.cookieHeader, origin: server.origin },
      10_000,
      false,
    );
    sockets.push(lost);
    const closed = new Promise<number>((resolve) => lost.once("close", (code) => resolve(code)));
    const lostId = 515151;
    lost.send(encodeAwarenessMessage([{ clientId: lostId, clock: 1, state: { cursor: null } }]));
    await waitFor(() => stateOf(observer, lostId), { description: "the lost peer's state at the observer" });
    const since = Date.now();

    const heartbeat = COLLAB_LIMITS.heartbeatMs;
    await waitFor(() => !observer.awareness.getStates().has(lostId), {
      timeout: 2 * heartbeat + 2_000,
      description: "the silent peer to leave the observer's presence",
    });
    const gone = Date.now() - since;
    expect(gone).toBeLessThanOrEqual(2 * heartbeat + 2_000);
    expect(await closed).toBe(1006);
    // The observer answers pings (as every browser does): it stays, however quiet.
    expect(observer.closes).toEqual([]);
    expect(observer.provider.wsconnected).toBe(true);
  }, 30_000);

  it("a client that answers keep-alives is judged by its answers, not by pongs", async () => {
    const team = await createTeam(server, { held: "peer", steady: "peer", observer: "partner" });
    const observer = connect(team.members.observer.cookieHeader, team.reportDoc);
    await observer.whenSynced();
    const url = `${server.wsUrl}${COLLAB_PATH}/${team.reportDoc}`;
    // Both say they answer keep-alives and answer pings (as a browser's network layer does);
    // only the steady one answers the keep-alive frames (as a page whose frames get through).
    const held = await openRawCollabSocket(url, { cookie: team.members.held.cookieHeader, origin: server.origin });
    const steady = await openRawCollabSocket(url, { cookie: team.members.steady.cookieHeader, origin: server.origin });
    sockets.push(held, steady);
    let keepAlivesAnswered = 0;
    steady.on("message", (data: Buffer) => {
      if (data[0] !== KEEP_ALIVE_MESSAGE) return;
      keepAlivesAnswered += 1;
      steady.send(keepAliveFrame());
    });
    const heldClosed = new Promise<number>((resolve) => held.once("close", (code) => resolve(code)));
    let steadyClosed = false;
    steady.once("close", () => (steadyClosed = true));
    const [heldId, steadyId] = [626262, 737373];
    held.send(keepAliveFrame());
    held.send(encodeAwarenessMessage([{ clientId: heldId, clock: 1, state: { cursor: null } }]));
    steady.send(keepAliveFrame());
    steady.send(encodeAwarenessMessage([{ clientId: steadyId, clock: 1, state: { cursor: null } }]));
    await waitFor(() => stateOf(observer, heldId) && stateOf(observer, steadyId), { description: "both states at the observer" });

    const heartbeat = COLLAB_LIMITS.heartbeatMs;
    await waitFor(() => !observer.awareness.getStates().has(heldId), {
      timeout: 2 * heartbeat + 2_000,
      description: "the peer whose frames are held to leave the observer's presence",
    });
    expect(await heldClosed).toBe(1006);
    // The steady one has been asked and has answered, and is still here.
    await waitFor(() => keepAlivesAnswered >= 2, { timeout: 2 * heartbeat + 2_000, description: "two keep-alives answered" });
    expect(steadyClosed).toBe(false);
    expect(stateOf(observer, steadyId)).toBeDefined();
  }, 40_000);
});
