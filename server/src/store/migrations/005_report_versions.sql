-- Versions of collaborative documents (the findings report's history). A version is the
-- whole document at one moment (`Y.encodeStateAsUpdate`); restoring one is a new change to
-- the live document, so versions are never rewritten.
CREATE TABLE doc_versions (
  id           text PRIMARY KEY,
  doc_name     text NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('auto', 'named', 'status', 'restore')),
  label        text,
  created_by   text REFERENCES users (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  data         bytea NOT NULL,
  -- Ids of the users who wrote to the document since the previous version.
  contributors jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- SHA-256 of the document's content: equal fingerprints mean nothing changed.
  fingerprint  text NOT NULL,
  -- For kind 'restore': the version whose content was restored.
  restored_from text REFERENCES doc_versions (id) ON DELETE SET NULL
);
CREATE INDEX doc_versions_doc_name_idx ON doc_versions (doc_name, created_at DESC);

-- Who wrote to a document since its latest version; moved into the next version's
-- contributors (and deleted) in the transaction that records it.
CREATE TABLE doc_writers (
  doc_name text NOT NULL,
  user_id  text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  since    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_name, user_id)
);
