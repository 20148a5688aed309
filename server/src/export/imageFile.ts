import type { ImageType } from "@review/shared";
import type { ImageStore } from "../store/store.ts";
import type { Block } from "./reportModel.ts";

/** An image's bytes as an export embeds them, with its size in pixels when its header tells it. */
export type ImageFile = { contentType: ImageType; data: Uint8Array; width: number | null; height: number | null };

/** Width and height from a PNG, GIF, JPEG or WebP header; null when the bytes do not say. */
export function imageSize(data: Uint8Array, type: ImageType): { width: number; height: number } | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fits = (end: number) => end <= data.byteLength;
  if (type === "image/png" && fits(24)) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (type === "image/gif" && fits(10)) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  if (type === "image/webp" && fits(30)) {
    const chunk = String.fromCharCode(...data.subarray(12, 16));
    if (chunk === "VP8X") return { width: 1 + (data[24]! | (data[25]! << 8) | (data[26]! << 16)), height: 1 + (data[27]! | (data[28]! << 8) | (data[29]! << 16)) };
    if (chunk === "VP8 ") return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    if (chunk === "VP8L") {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    return null;
  }
  if (type === "image/jpeg") {
    // Walk the segments to the first start-of-frame marker (SOF0-SOF15 except DHT, JPG, DAC).
    let offset = 2;
    while (fits(offset + 9)) {
      if (data[offset] !== 0xff) return null;
      const marker = data[offset + 1]!;
      const length = view.getUint16(offset + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
      }
      offset += 2 + length;
    }
  }
  return null;
}

/** Every image block's id in `blocks`, nested ones included. */
function imageBlocks(blocks: Block[]): Extract<Block, { kind: "image" }>[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case "image":
        return [block];
      case "bulletList":
      case "orderedList":
        return block.items.flatMap(imageBlocks);
      case "blockquote":
        return imageBlocks(block.blocks);
      case "table":
        return block.rows.flatMap((row) => row.flatMap((cell) => imageBlocks(cell.blocks)));
      default:
        return [];
    }
  });
}

/**
 * Gives each image block of the document `docName` (a report or a paper) its bytes. Only images
 * uploaded to this very document are embedded: an image id copied from another review's report
 * or another paper stays out of this export, whoever exports it.
 */
export async function attachImages(store: ImageStore, docName: string, blocks: Block[]): Promise<void> {
  const files = new Map<string, ImageFile | null>();
  for (const block of imageBlocks(blocks)) {
    if (!files.has(block.imageId)) {
      const image = await store.findImage(block.imageId);
      files.set(block.imageId, image && image.docName === docName ? { contentType: image.contentType, data: image.data, ...sizeOf(image.data, image.contentType) } : null);
    }
    const file = files.get(block.imageId);
    if (file) block.file = file;
  }
}

function sizeOf(data: Uint8Array, type: ImageType): { width: number | null; height: number | null } {
  const size = imageSize(data, type);
  return size && size.width > 0 && size.height > 0 ? size : { width: null, height: null };
}

/** `data:` URI of an embedded image. */
export function dataUri(file: ImageFile): string {
  return `data:${file.contentType};base64,${Buffer.from(file.data).toString("base64")}`;
}

/** Display size within `maxWidth` pixels, keeping the aspect ratio (unknown sizes get a 4:3 box). */
export function fitWidth(file: ImageFile, maxWidth: number): { width: number; height: number } {
  const width = file.width ?? maxWidth;
  const height = file.height ?? Math.round((maxWidth * 3) / 4);
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}
