import * as Y from "yjs";
import { LoadClient, openClients } from "./loadClient.ts";
import type { EventLoopDelay } from "./probeProtocol.ts";
import { cpuBetween, GeneratorMonitor, machineCpuTicks, sleep, summarize, type Summary } from "./stats.ts";
import type { Target, TargetKind } from "./targets.ts";
import { Typist } from "./typist.ts";
import { verifyWriters } from "./verify.ts";
import { Wire } from "./wire.ts";

export type FanoutParams = {
  clients: number;
  awareness: boolean;
  warmupMs: number;
  measureMs: number;
  /** Longest wait after the last send for stragglers; anything later counts as dropped. */
  graceMs: number;
};

export type FanoutResult = {
  kind: TargetKind;
  target: string;
  clients: number;
  awareness: boolean;
  /** Latency from send to the last of the N-1 other clients, ms. */
  latency: Summary;
  sent: number;
  /** Updates sent in the measured window that did not reach every other client within the grace period. */
  dropped: number;
  /** Client sockets the server closed during the run. */
  closedByServer: number;
  server: { eventLoop: EventLoopDelay; cpuPercent: number; rss: number } | null;
  generator: { eventLoop: EventLoopDelay; cpuPercent: number };
  /** Both cores together in percent of one core (max 100 x nproc): shows other load on the machine, and hypervisor steal. */
  machine: { busy: number; steal: number } | null;
  /** A real provider opened the document afterwards and held every writer's structs. */
  verified: boolean | null;
  error?: string;
};

/** Keystrokes per second of the one main writer and of each of the other 10 % writers. */
const MAIN_RATE = 10;
const OTHER_RATE = 2;
const CURSOR_RATE = 2;
const CONNECT_CONCURRENCY = 25;

type Sent = { sentAt: number; sender: number; received: number; lastAt: number; measured: boolean };

/**
 * One document, N raw clients. Client 0 types at 10 updates/s, clients 1..N/10 at 2/s;
 * with awareness on every client moves its cursor at 2/s. Each update is timed from
 * the writer's `send` to its arrival at the last of the other N-1 clients.
 */
export async function runFanout(target: Target, params: FanoutParams, onLog: (line: string) => void = () => {}): Promise<FanoutResult> {
  const access = await target.newDocument();
  const wire = new Wire(target.protocol, access.docName);
  const sent = new Map<number, Map<number, Sent>>();
  let measuring = false;

  /** Every typed update of `client` whose first clock is in [from, to) arrived at `receiver`. */
  const onUpdate = (client: number, from: number, to: number, receiver: number, at: number) => {
    const byClock = sent.get(client);
    if (!byClock) return;
    for (let clock = from; clock < to; clock++) {
      const record = byClock.get(clock);
      if (!record || receiver === record.sender) continue;
      record.received += 1;
      if (at > record.lastAt) record.lastAt = at;
    }
  };

  const emptyStateVector = Y.encodeStateVector(new Y.Doc());
  const writerCount = 1 + Math.round(params.clients / 10);
  const typists = Array.from({ length: writerCount }, () => new Typist());
  const clients = await openClients(params.clients, CONNECT_CONCURRENCY, 60_000, (index) => {
    const stateVector = index < writerCount ? Y.encodeStateVector(typists[index]!.doc) : emptyStateVector;
    return new LoadClient(index, access.url, access.headers(index), wire, target.readyOn, wire.hello(stateVector), onUpdate);
  });

  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, fn: () => void) => {
    // A random phase, so that N clients do not all fire in the same millisecond.
    const start = setTimeout(() => {
      fn();
      timers.push(setInterval(fn, ms));
    }, Math.random() * ms);
    timers.push(start);
  };
  const stopTimers = () => {
    for (const timer of timers) clearTimeout(timer);
  };

  const cursorIds = clients.map(() => Math.floor(Math.random() * 0x7fffffff));
  const cursorClocks = clients.map(() => 0);
  const moveCursor = (index: number) => {
    cursorClocks[index]! += 1;
    const anchor = Math.floor(Math.random() * 2000);
    const state = {
      user: { name: `Reviewer ${index}`, color: "#30bced" },
      cursor: {
        anchor: { type: { client: 1, clock: 0 }, tname: null, item: { client: cursorIds[index], clock: anchor }, assoc: 0 },
        head: { type: { client: 1, clock: 0 }, tname: null, item: { client: cursorIds[index], clock: anchor + 3 }, assoc: 0 },
      },
    };
    clients[index]!.send(wire.awareness(cursorIds[index]!, cursorClocks[index]!, state));
  };

  const type = (index: number) => {
    const typed = typists[index]!.next();
    const record: Sent = { sentAt: 0, sender: index, received: 0, lastAt: 0, measured: measuring };
    let byClock = sent.get(typed.client);
    if (!byClock) sent.set(typed.client, (byClock = new Map()));
    byClock.set(typed.clock, record);
    const frame = wire.update(typed.update);
    record.sentAt = performance.now();
    clients[index]!.send(frame);
  };

  const generator = new GeneratorMonitor();
  let result: FanoutResult;
  try {
    if (params.awareness) for (let i = 0; i < clients.length; i++) moveCursor(i);
    await sleep(300);
    for (let i = 0; i < writerCount; i++) every(1000 / (i === 0 ? MAIN_RATE : OTHER_RATE), () => type(i));
    if (params.awareness) for (let i = 0; i < clients.length; i++) every(1000 / CURSOR_RATE, () => moveCursor(i));

    await sleep(params.warmupMs);
    await target.child.probe("reset").catch(() => null);
    generator.reset();
    const machineBefore = await machineCpuTicks();
    measuring = true;
    await sleep(params.measureMs);
    measuring = false;
    const server = await target.child.probe("stats").catch(() => null);
    const generatorStats = generator.read();
    const machineAfter = await machineCpuTicks();
    stopTimers();

    const measured = [...sent.values()].flatMap((byClock) => [...byClock.values()]).filter((record) => record.measured);
    const expected = params.clients - 1;
    const graceEnd = Date.now() + params.graceMs;
    while (Date.now() < graceEnd && measured.some((record) => record.received < expected)) await sleep(50);
    const complete = measured.filter((record) => record.received >= expected);
    const closedByServer = clients.filter((client) => client.closed !== null).length;
    onLog(`  ${target.label} N=${params.clients} awareness=${params.awareness ? "on" : "off"}: ${complete.length}/${measured.length} complete`);

    let verified: boolean | null = null;
    if (target.stateful) {
      verified = await verifyWriters(
        target,
        access,
        typists.map((typist) => ({ clientId: typist.clientId, clock: typist.clock })),
      ).catch(() => false);
    }
    result = {
      kind: target.kind,
      target: target.label,
      clients: params.clients,
      awareness: params.awareness,
      latency: summarize(complete.map((record) => record.lastAt - record.sentAt)),
      sent: measured.length,
      dropped: measured.length - complete.length,
      closedByServer,
      server: server ? { eventLoop: server.eventLoop, cpuPercent: server.cpuPercent, rss: server.rss } : null,
      generator: generatorStats,
      machine: cpuBetween(machineBefore, machineAfter),
      verified,
    };
  } finally {
    stopTimers();
    generator.stop();
    for (const client of clients) client.close();
    for (const typist of typists) typist.destroy();
  }
  await settle(target);
  return result;
}

/**
 * Waits (at most 30 s) until the target's event loop answers the probe promptly again,
 * so that a backlog left by an overloaded run does not spill into the next one.
 */
async function settle(target: Target): Promise<void> {
  const deadline = Date.now() + 30_000;
  await sleep(300);
  while (Date.now() < deadline) {
    const asked = performance.now();
    const answered = await target.child.probe("stats").then(
      () => true,
      () => false,
    );
    if (!answered) return;
    if (performance.now() - asked < 20) return;
    await sleep(200);
  }
}
