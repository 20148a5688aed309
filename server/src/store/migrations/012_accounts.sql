-- Accounts an administrator deactivated: they cannot sign in, their sessions are gone.
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;

-- One-time links to set a new password, made by an administrator; stored by the SHA-256 of the
-- token (like sessions): a leaked table opens no account.
CREATE TABLE password_resets (
  token_hash text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_by text REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

CREATE INDEX password_resets_user_idx ON password_resets (user_id);
