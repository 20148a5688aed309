import { IMAGE_ROUTES, uploadImageResponseSchema, type UploadImageResponse } from "@review/shared";
import { ApiError, errorFromResponse } from "./http.ts";

/** Uploads an image file to `docName` (its writers only); the answer names the `src` to insert. */
export async function uploadImage(docName: string, file: Blob): Promise<UploadImageResponse["image"]> {
  let response: Response;
  try {
    response = await fetch(IMAGE_ROUTES.upload(docName), {
      method: "POST",
      credentials: "same-origin",
      headers: { Accept: "application/json", "Content-Type": file.type || "application/octet-stream" },
      body: file,
    });
  } catch {
    throw new ApiError("network", "", 0);
  }
  if (!response.ok) throw await errorFromResponse(response);
  const parsed = uploadImageResponseSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError("bad_response", "", response.status);
  return parsed.data.image;
}
