import pg from "pg";
import { APPENDS_CHANNEL } from "./sqlDocuments.ts";

const RETRY_MS = [100, 500, 1000, 2000, 5000];

/** Where processes announce access changes to each other (see collab/accessChange.ts). */
export const ACCESS_CHANNEL = "access_changes";

/**
 * LISTENs on the appends channel (and, with `onAccessChange`, the access channel) over a
 * dedicated connection. When the connection
 * is lost it reconnects with backoff and calls `onResubscribed`, because
 * notifications sent meanwhile are gone and listeners must catch up from the log.
 */
export async function subscribeToAppends(
  databaseUrl: string,
  listener: (docName: string, seq: number) => void,
  onResubscribed: () => void,
  onAccessChange?: (payload: string) => void,
): Promise<{ close(): Promise<void> }> {
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl });
    next.on("notification", (message) => {
      if (message.channel === ACCESS_CHANNEL && message.payload) return onAccessChange?.(message.payload);
      if (message.channel !== APPENDS_CHANNEL || !message.payload) return;
      const space = message.payload.indexOf(" ");
      const seq = Number(message.payload.slice(0, space));
      if (space > 0 && Number.isFinite(seq)) listener(message.payload.slice(space + 1), seq);
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    await next.connect();
    await next.query(`LISTEN ${APPENDS_CHANNEL}`);
    if (onAccessChange) await next.query(`LISTEN ${ACCESS_CHANNEL}`);
    client = next;
    attempt = 0;
  };

  const lost = (which: pg.Client) => {
    if (closed || client !== which) return;
    client = null;
    which.end().catch(() => {});
    const retry = () => {
      retryTimer = undefined;
      if (closed) return;
      connect().then(onResubscribed, () => {
        retryTimer = setTimeout(retry, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
      });
    };
    retryTimer = setTimeout(retry, RETRY_MS[0]);
  };

  await connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await client?.end().catch(() => {});
      client = null;
    },
  };
}
