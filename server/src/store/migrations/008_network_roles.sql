-- Network roles (issue 10, item 2): an account's role in the network replaces the admin flag.
-- Administrators manage accounts and roles; network moderators, named by an administrator,
-- create reviews, write every policy paper and manage benchmarks; members do neither.
-- Moderating a review no longer makes anyone a network moderator, so existing accounts
-- other than the administrator start as members (the administrator names the moderators).
ALTER TABLE users ADD COLUMN network_role text NOT NULL DEFAULT 'member'
  CHECK (network_role IN ('administrator', 'moderator', 'member'));
UPDATE users SET network_role = 'administrator' WHERE is_admin;
ALTER TABLE users DROP COLUMN is_admin;
CREATE INDEX users_network_role_idx ON users (network_role) WHERE network_role = 'administrator';

-- A paper is written by its authors (its creator, and whoever the creator or an
-- administrator adds) besides the network moderators.
CREATE TABLE paper_authors (
  paper_id text NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
  user_id  text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_by text REFERENCES users (id) ON DELETE SET NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (paper_id, user_id)
);
CREATE INDEX paper_authors_user_id_idx ON paper_authors (user_id);
INSERT INTO paper_authors (paper_id, user_id, added_by)
  SELECT id, created_by, created_by FROM papers WHERE created_by IS NOT NULL;
