import { Hono } from "hono";
import { IMAGE_LIMITS, IMAGE_ROUTES, imageTypeSchema } from "@review/shared";
import { AttemptLimiter } from "../../auth/rateLimit.ts";
import { refusal, unauthenticated } from "../../errors/apiError.ts";
import type { AppEnv } from "../../http/appEnv.ts";
import type { Store } from "../../store/store.ts";
import { readImage, tooLarge, uploadImage } from "./images.commands.ts";

const TEN_MINUTES = 10 * 60 * 1000;

/** `POST /api/images?doc=<name>` (the bytes) and `GET /api/images/:id`. */
export function imageRoutes(deps: { store: Store }) {
  const routes = new Hono<AppEnv>();
  const uploads = new AttemptLimiter(IMAGE_LIMITS.uploadsPer10Minutes, TEN_MINUTES);

  routes.post(IMAGE_ROUTES.upload.pattern, async (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    if (!uploads.hit(user.id)) throw refusal("rate_limited", "too_many_images");
    const declared = imageTypeSchema.safeParse((c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase());
    if (Number(c.req.header("content-length") ?? 0) > IMAGE_LIMITS.maxBytes) throw tooLarge();
    const data = new Uint8Array(await c.req.arrayBuffer());
    const uploaded = await uploadImage(deps.store, { userId: user.id, docName: c.req.query("doc") ?? "", declaredType: declared.success ? declared.data : null, data });
    return c.json(uploaded, 201);
  });

  routes.get(IMAGE_ROUTES.one.pattern, async (c) => {
    const user = c.get("user");
    if (!user) throw unauthenticated();
    const image = await readImage(deps.store, user.id, c.req.param("id"));
    c.header("Content-Type", image.contentType);
    // Per account (private) and immutable: an image id never changes its bytes.
    c.header("Cache-Control", "private, max-age=31536000, immutable");
    c.header("Content-Security-Policy", "default-src 'none'; sandbox");
    c.header("Content-Disposition", "inline");
    return c.body(image.data as Uint8Array<ArrayBuffer>);
  });

  return routes;
}
