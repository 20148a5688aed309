import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";

/**
 * Serves the built client, with index.html for every other path so that the
 * client's own router handles deep links. Hashed assets are cached for a year.
 */
export function staticClient(distDir: string) {
  const routes = new Hono();
  const indexPath = path.join(distDir, "index.html");
  const root = path.relative(process.cwd(), distDir) || ".";

  routes.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
  });
  routes.use("*", serveStatic({ root }));
  routes.get("*", (c) => {
    if (!existsSync(indexPath)) {
      return c.text("The client is not built. Run `npx -y pnpm@10.34.9 build` first.", 503);
    }
    c.header("Cache-Control", "no-cache");
    return c.html(readFileSync(indexPath, "utf8"));
  });
  return routes;
}
