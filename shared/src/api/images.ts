import { z } from "zod";
import { route } from "./route.ts";

/** Images in reports and papers: uploaded to the server, stored in the database. */
export const IMAGE_LIMITS = {
  /** Largest image one upload may carry (a phone photo; larger ones are resized by the client). */
  maxBytes: 5 * 1024 * 1024,
  /** Uploads one user may make per ten minutes. */
  uploadsPer10Minutes: 60,
} as const;

/** The raster types accepted (SVG is not: it can carry script). */
export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];
export const imageTypeSchema = z.enum(IMAGE_TYPES);

export const IMAGE_ROUTES = {
  /** `POST ?doc=<document name>`, body: the image's bytes, `Content-Type` its type. */
  upload: route("/api/images", (docName: string) => `/api/images?doc=${encodeURIComponent(docName)}`),
  /** `GET`: the image, for whoever may read the document it belongs to. */
  one: route("/api/images/:id"),
} as const;

/** Where a stored image is served: what an image node's `src` holds. */
export const IMAGE_PATH_PREFIX = "/api/images/";

export const uploadImageResponseSchema = z.object({
  image: z.object({ id: z.string(), src: z.string(), contentType: imageTypeSchema, byteSize: z.number().int().nonnegative() }),
});
export type UploadImageResponse = z.infer<typeof uploadImageResponseSchema>;

/** The image id a `src` of ours points at, or null for any other address. */
export function imageIdFromSrc(src: string): string | null {
  const match = /^\/api\/images\/([a-z0-9]{16,32})$/.exec(src);
  return match ? match[1]! : null;
}

/** The type a file's first bytes show (PNG, JPEG, GIF, WebP), or null: the declared type is never trusted alone. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x47, 0x49, 0x46, 0x38) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return "image/gif";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "image/webp";
  return null;
}
