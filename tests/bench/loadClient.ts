import WebSocket from "ws";
import type { Target } from "./targets.ts";
import type { Wire } from "./wire.ts";

/** Every typed update of `client` whose first clock is in [from, to) arrived at `receiver` at `at`. */
export type UpdateListener = (client: number, from: number, to: number, receiver: number, at: number) => void;

/**
 * One simulated participant on a raw socket: no Y.Doc, no provider. It sends what the
 * scenario gives it and reports each received document update by its first struct's
 * (client, clock), stamped with `performance.now()` on arrival.
 */
export class LoadClient {
  readonly socket: WebSocket;
  readonly ready: Promise<void>;
  closed: { code: number; reason: string } | null = null;
  received = 0;

  constructor(
    readonly index: number,
    url: string,
    headers: Record<string, string>,
    private readonly wire: Wire,
    readyOn: Target["readyOn"],
    hello: Uint8Array[],
    onUpdate: UpdateListener,
  ) {
    const socket = new WebSocket(url, { headers, perMessageDeflate: false });
    this.socket = socket;
    this.ready = new Promise<void>((resolve, reject) => {
      socket.once("open", () => {
        for (const frame of hello) socket.send(frame);
        if (readyOn === "open") resolve();
      });
      socket.on("message", (data: Buffer) => {
        const at = performance.now();
        this.received += 1;
        const incoming = this.wire.parse(data);
        if (incoming.kind === "update") for (const range of incoming.ranges) onUpdate(range.client, range.from, range.to, index, at);
        else if (incoming.kind === "authenticated" && readyOn === "authenticated") resolve();
        if (readyOn === "first-message") resolve();
      });
      socket.once("unexpected-response", (_request, response) => reject(new Error(`upgrade refused with HTTP ${response.statusCode}`)));
      socket.once("error", reject);
      socket.once("close", (code, reason) => {
        this.closed = { code, reason: reason.toString() };
        reject(new Error(`closed before ready: ${code} ${reason.toString()}`));
      });
    });
    // Late errors (after ready) are recorded through `closed`; never crash the bench.
    socket.on("error", () => {});
    this.ready.catch(() => {});
  }

  send(frame: Uint8Array): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Opens `count` clients, `concurrency` at a time, and waits until each is ready. */
export async function openClients(
  count: number,
  concurrency: number,
  timeoutMs: number,
  make: (index: number) => LoadClient,
): Promise<LoadClient[]> {
  const clients: LoadClient[] = [];
  const deadline = Date.now() + timeoutMs;
  for (let start = 0; start < count; start += concurrency) {
    const batch: LoadClient[] = [];
    for (let index = start; index < Math.min(count, start + concurrency); index++) batch.push(make(index));
    clients.push(...batch);
    const remaining = deadline - Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.all(batch.map((client) => client.ready)),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`clients not ready within ${timeoutMs} ms`)), Math.max(0, remaining));
        }),
      ]);
    } catch (error) {
      for (const client of clients) client.close();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
  return clients;
}
