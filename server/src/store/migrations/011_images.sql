-- Images in reports and papers (shared/src/api/images.ts): the bytes live here, next to the
-- document they belong to, so backups and permissions follow the document.
CREATE TABLE images (
  id           text PRIMARY KEY,
  doc_name     text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/gif', 'image/webp')),
  data         bytea NOT NULL,
  byte_size    integer NOT NULL CHECK (byte_size > 0),
  uploaded_by  text REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX images_doc_name_idx ON images (doc_name);
