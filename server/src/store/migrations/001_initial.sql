-- Accounts. Emails are stored lowercased so that uniqueness ignores case.
CREATE TABLE users (
  id            text PRIMARY KEY,
  email         text NOT NULL UNIQUE CHECK (email = lower(email)),
  name          text NOT NULL,
  color         text NOT NULL,
  is_admin      boolean NOT NULL DEFAULT false,
  password_hash text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);

-- Sessions are keyed by the SHA-256 of the session id; the id itself is never stored.
CREATE TABLE sessions (
  id_hash    text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);

CREATE TABLE reviews (
  id           text PRIMARY KEY,
  title        text NOT NULL,
  host_project text NOT NULL,
  created_by   text NOT NULL REFERENCES users (id),
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE review_members (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  user_id   text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role      text NOT NULL CHECK (role IN ('moderator', 'peer', 'host', 'partner')),
  PRIMARY KEY (review_id, user_id)
);
CREATE INDEX review_members_user_id_idx ON review_members (user_id);

-- The Yjs update log: one row per update, appended before it is broadcast.
CREATE TABLE doc_updates (
  doc_name   text NOT NULL,
  seq        bigint GENERATED ALWAYS AS IDENTITY,
  data       bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_name, seq)
);

-- One snapshot per document; it replaces every log row with seq <= up_to_seq.
CREATE TABLE doc_snapshots (
  doc_name   text PRIMARY KEY,
  data       bytea NOT NULL,
  up_to_seq  bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- No foreign key on actor_id: the history outlives the accounts it mentions.
CREATE TABLE audit_events (
  id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at       timestamptz NOT NULL DEFAULT now(),
  actor_id text,
  kind     text NOT NULL,
  subject  text NOT NULL,
  detail   jsonb NOT NULL DEFAULT '{}'::jsonb
);
