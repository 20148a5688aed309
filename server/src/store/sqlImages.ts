import type { ImageType } from "@review/shared";
import type { ImageRecord, ImageStore } from "./imageRecords.ts";
import type { SqlClient } from "./sqlClient.ts";

type ImageRow = {
  id: string;
  doc_name: string;
  content_type: ImageType;
  data: Uint8Array;
  byte_size: number;
  uploaded_by: string | null;
  created_at: Date;
};

export function createSqlImages(db: SqlClient): ImageStore {
  return {
    async saveImage(image) {
      const { rows } = await db.query<ImageRow>(
        `INSERT INTO images (id, doc_name, content_type, data, byte_size, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, doc_name, content_type, data, byte_size, uploaded_by, created_at`,
        [image.id, image.docName, image.contentType, image.data, image.data.byteLength, image.uploadedBy],
      );
      return toImage(rows[0]!);
    },
    async findImage(id) {
      const { rows } = await db.query<ImageRow>(
        "SELECT id, doc_name, content_type, data, byte_size, uploaded_by, created_at FROM images WHERE id = $1",
        [id],
      );
      return rows[0] ? toImage(rows[0]) : null;
    },
  };
}

function toImage(row: ImageRow): ImageRecord {
  return {
    id: row.id,
    docName: row.doc_name,
    contentType: row.content_type,
    data: new Uint8Array(row.data),
    byteSize: row.byte_size,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}
