import { defineConfig, loadEnv, type ProxyOptions } from "vite";
import react from "@vitejs/plugin-react";

/** Where `vite` (dev) forwards API and collaboration traffic, unless API_TARGET says otherwise. */
const DEFAULT_API_TARGET = "http://localhost:3000";

/**
 * The server refuses requests and upgrades whose Origin is not PUBLIC_ORIGIN
 * (http://localhost:3000 by default). The dev server lives on another port, so
 * its proxy presents the target's origin instead. This applies to `vite` only,
 * never to the built client, which the server itself serves.
 */
function asTargetOrigin(target: string): ProxyOptions["configure"] {
  const origin = new URL(target).origin;
  return (proxy) => {
    proxy.on("proxyReq", (request) => {
      if (request.getHeader("origin")) request.setHeader("origin", origin);
    });
    proxy.on("proxyReqWs", (request) => {
      if (request.getHeader("origin")) request.setHeader("origin", origin);
    });
  };
}

export default defineConfig(({ mode }) => {
  const target = loadEnv(mode, ".", "").API_TARGET || DEFAULT_API_TARGET;
  return {
    plugins: [react()],
    server: {
      port: 5173,
      strictPort: true,
      proxy: {
        "/api": { target, configure: asTargetOrigin(target) },
        "/collab": { target, ws: true, configure: asTargetOrigin(target) },
      },
    },
    build: {
      outDir: "dist",
      emptyOutDir: true,
      sourcemap: true,
      // The review page's chunk carries the editor stack (Tiptap, ProseMirror, Yjs, ~540 kB);
      // it is loaded only when a review is opened.
      chunkSizeWarningLimit: 600,
    },
  };
});
