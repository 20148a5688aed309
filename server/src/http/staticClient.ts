import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";

/**
 * Serves the built client, with index.html for every other path so that the
 * client's own router handles deep links. Hashed assets are cached for a year.
 */
export function staticClient(distDir: string, publicOrigin: () => string) {
  const routes = new Hono();
  const indexPath = path.join(distDir, "index.html");
  const root = path.relative(process.cwd(), distDir) || ".";

  // Every page, however it is reached (`/`, `/index.html` from the static files, or a deep
  // link), gets the same policy and frame protection.
  routes.use("*", async (c, next) => {
    await next();
    if (!(c.res.headers.get("content-type") ?? "").startsWith("text/html")) return;
    c.header("Cache-Control", "no-cache");
    c.header("Content-Security-Policy", contentSecurityPolicy(publicOrigin()));
    c.header("X-Frame-Options", "DENY");
  });
  routes.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  // The service worker must be re-checked on every visit, or an old one keeps serving the app.
  routes.use("/sw.js", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "no-cache");
  });
  routes.use("*", serveStatic({ root }));
  routes.get("*", (c) => {
    if (!existsSync(indexPath)) {
      return c.text("The client is not built. Run `npx -y pnpm@10.34.9 build` first.", 503);
    }
    return c.html(readFileSync(indexPath, "utf8"));
  });
  return routes;
}

/** The page may talk only to its own origin, over HTTP and WebSocket, and cannot be framed. */
function contentSecurityPolicy(origin: string): string {
  const wsOrigin = origin.replace(/^http/, "ws");
  return [
    "default-src 'self'",
    `connect-src 'self' ${wsOrigin}`,
    "img-src 'self' data: blob:",
    // ProseMirror and the caret extension set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
