import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { API_ROUTES, IMAGE_LIMITS, MAX_BENCHMARK_BODY_BYTES, MAX_JSON_BODY_BYTES, errorReasonText } from "@review/shared";
import type { Sessions } from "./auth/sessions.ts";
import { originMiddleware } from "./auth/originMiddleware.ts";
import { sessionMiddleware } from "./auth/sessionMiddleware.ts";
import { collabRoutes } from "./collab/collab.routes.ts";
import type { RoomRegistry } from "./collab/roomRegistry.ts";
import { ApiError, refusal, notFound } from "./errors/apiError.ts";
import type { AppEnv } from "./http/appEnv.ts";
import { authRoutes } from "./routes/auth/auth.routes.ts";
import { configRoutes } from "./routes/config/config.routes.ts";
import { benchmarkRoutes } from "./routes/benchmarks/benchmarks.routes.ts";
import { invitationRoutes } from "./routes/invitations/invitations.routes.ts";
import { meRoutes } from "./routes/me/me.routes.ts";
import { networkRoutes } from "./routes/network/network.routes.ts";
import { reviewRoutes } from "./routes/reviews/reviews.routes.ts";
import { paperRoutes, scorecardRoutes } from "./routes/papers/papers.routes.ts";
import { refuseNulInUrl } from "./http/refuseNulInUrl.ts";
import { staticClient } from "./http/staticClient.ts";
import type { Store } from "./store/store.ts";
import { imageRoutes } from "./routes/images/images.routes.ts";
import { searchRoutes } from "./routes/search/search.routes.ts";
import { notificationRoutes } from "./routes/notifications/notifications.routes.ts";
import { tooLarge } from "./routes/images/images.commands.ts";

export type AppDeps = {
  store: Store;
  sessions: Sessions;
  rooms: RoomRegistry;
  registration: "open" | "invite";
  /** Whether this deployment runs with the demo network (its accounts are then advertised). */
  seedDemo: boolean;
  /** A function because with port 0 the origin is known only once listening. */
  publicOrigin: () => string;
  clientDist?: string;
};

/** The whole HTTP surface: middleware, routes and the one error handler. Tests build it directly. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "same-origin");
  });
  // Benchmark imports (a whole benchmark as JSON) get a larger limit than every other API body.
  const limitBody = (maxSize: number, drain: boolean) =>
    bodyLimit({
      maxSize,
      onError: async (c) => {
        // A client still uploading a large file may miss an early answer; read (and drop) a bounded
        // amount first so that the 413 reaches it.
        if (drain) await discardBody(c.req.raw.body, MAX_BENCHMARK_BODY_BYTES * 4);
        throw refusal("payload_too_large", "body_too_large", { kib: maxSize / 1024 });
      },
    });
  const defaultLimit = limitBody(MAX_JSON_BODY_BYTES, false);
  const benchmarkLimit = limitBody(MAX_BENCHMARK_BODY_BYTES, true);
  const imageLimit = bodyLimit({
    maxSize: IMAGE_LIMITS.maxBytes,
    onError: async (c) => {
      await discardBody(c.req.raw.body, IMAGE_LIMITS.maxBytes * 2);
      throw tooLarge();
    },
  });
  app.use("/api/*", (c, next) => {
    if (isImageUpload(c.req.method, c.req.path)) return imageLimit(c, next);
    return (isBenchmarkUpload(c.req.method, c.req.path) ? benchmarkLimit : defaultLimit)(c, next);
  });
  app.use("/api/*", refuseNulInUrl());
  app.use("/api/*", originMiddleware(deps.publicOrigin));
  app.use("/collab/*", originMiddleware(deps.publicOrigin));
  app.use("/api/*", sessionMiddleware(deps.sessions));
  app.use("/collab/*", sessionMiddleware(deps.sessions));

  // Every route file registers the full patterns of the shared route tables (`@review/shared` API_ROUTES…).
  app.get(API_ROUTES.health, (c) => c.json({ ok: true }));
  for (const routes of [
    configRoutes(deps),
    authRoutes(deps),
    meRoutes(deps),
    reviewRoutes(deps),
    benchmarkRoutes(deps),
    invitationRoutes(deps),
    networkRoutes(deps),
    paperRoutes(deps),
    scorecardRoutes(deps),
    imageRoutes(deps),
    searchRoutes(deps),
    notificationRoutes(deps),
  ]) {
    app.route("/", routes);
  }
  app.route("/collab", collabRoutes(deps));
  app.all("/api/*", () => {
    throw notFound("endpoint_not_found");
  });
  if (deps.clientDist) app.route("/", staticClient(deps.clientDist, deps.publicOrigin));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      const { code, message, reason, params } = error;
      return c.json({ error: { code, message, ...(reason ? { reason } : {}), ...(reason && params ? { params } : {}) } }, error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ error: { code: "invalid_input", message: error.message || "Bad request" } }, error.status);
    }
    console.error("[http] unhandled error", error);
    return c.json({ error: { code: "internal", message: errorReasonText("server_failed"), reason: "server_failed" } }, 500);
  });

  return app;
}

/** `POST /api/images` (an image's bytes). */
function isImageUpload(method: string, path: string): boolean {
  return method === "POST" && /^\/api\/images\/?$/.test(path);
}

/** `POST /api/benchmarks` (import) and `POST /api/benchmarks/:id/modules`. */
function isBenchmarkUpload(method: string, path: string): boolean {
  return method === "POST" && /^\/api\/benchmarks(?:\/[^/]+\/modules)?\/?$/.test(path);
}

/** Reads and drops up to `cap` bytes of a request body that nobody else is reading. */
async function discardBody(body: ReadableStream<Uint8Array> | null, cap: number): Promise<void> {
  if (!body || body.locked) return;
  const reader = body.getReader();
  try {
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      total += value.byteLength;
      if (total > cap) return void (await reader.cancel());
    }
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    reader.releaseLock();
  }
}
