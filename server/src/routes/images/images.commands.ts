import { IMAGE_LIMITS, IMAGE_ROUTES, parseDocumentName, sniffImageType, type ImageType, type UploadImageResponse } from "@review/shared";
import { resolveDocumentPermission } from "../../collab/permission.ts";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import type { ImageRecord } from "../../store/imageRecords.ts";
import type { ImageStore, PaperStore, ReviewStore, UserStore } from "../../store/store.ts";

/** The documents that hold images: reports and policy papers (not boards or comments). */
function holdsImages(docName: string): boolean {
  const ref = parseDocumentName(docName);
  return ref !== null && (ref.scope === "paper" ? ref.kind === "paper" : ref.kind === "report");
}

/** Refuses unless `userId` may write `docName`; a document they may not see is "not found". */
async function requireWriter(store: ImageStore & PaperStore & ReviewStore & UserStore, userId: string, docName: string): Promise<void> {
  const notThere = notFound(parseDocumentName(docName)?.scope === "paper" ? "paper_not_found" : "review_not_found");
  if (!holdsImages(docName)) throw notThere;
  const permission = await resolveDocumentPermission(store, userId, docName);
  if (permission.kind !== "granted") throw notThere;
  if (permission.access !== "write") throw forbidden("document_read_only");
}

/**
 * Stores an image for `docName` after checking who uploads it and what it is: only a writer
 * of the document, only PNG/JPEG/GIF/WebP whose bytes say so too, at most IMAGE_LIMITS.maxBytes.
 */
export async function uploadImage(
  store: ImageStore & PaperStore & ReviewStore & UserStore,
  input: { userId: string; docName: string; declaredType: ImageType | null; data: Uint8Array },
): Promise<UploadImageResponse> {
  await requireWriter(store, input.userId, input.docName);
  if (input.data.byteLength === 0) throw refusal("invalid_input", "image_empty");
  if (input.data.byteLength > IMAGE_LIMITS.maxBytes) throw tooLarge();
  const sniffed = sniffImageType(input.data);
  if (!sniffed || (input.declaredType !== null && input.declaredType !== sniffed)) throw refusal("invalid_input", "image_type_unsupported");
  const image = await store.saveImage({ id: newId(), docName: input.docName, contentType: sniffed, data: input.data, uploadedBy: input.userId });
  return { image: { id: image.id, src: IMAGE_ROUTES.one(image.id), contentType: image.contentType, byteSize: image.byteSize } };
}

export const tooLarge = () => refusal("payload_too_large", "image_too_large", { mib: IMAGE_LIMITS.maxBytes / (1024 * 1024) });

/** The image, for whoever may read its document; anyone else learns nothing (404). */
export async function readImage(store: ImageStore & PaperStore & ReviewStore & UserStore, userId: string, imageId: string): Promise<ImageRecord> {
  const image = await store.findImage(imageId);
  if (!image) throw notFound("image_not_found");
  const permission = await resolveDocumentPermission(store, userId, image.docName);
  if (permission.kind !== "granted") throw notFound("image_not_found");
  return image;
}
