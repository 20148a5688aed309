import type { ImageType } from "@review/shared";

/** An image as stored: its bytes and the document whose readers may see it. */
export type ImageRecord = {
  id: string;
  docName: string;
  contentType: ImageType;
  data: Uint8Array;
  byteSize: number;
  uploadedBy: string | null;
  createdAt: Date;
};

/** Images of reports and papers. */
export interface ImageStore {
  saveImage(image: Omit<ImageRecord, "createdAt" | "byteSize">): Promise<ImageRecord>;
  findImage(id: string): Promise<ImageRecord | null>;
}
