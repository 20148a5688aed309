-- Review set-up details and invitations into a review.
ALTER TABLE reviews
  ADD COLUMN country     text NOT NULL DEFAULT '',
  ADD COLUMN theme       text NOT NULL DEFAULT '',
  ADD COLUMN visit_start date,
  ADD COLUMN visit_end   date,
  ADD CHECK (visit_end IS NULL OR visit_start IS NULL OR visit_end >= visit_start);

-- An invitation is a single-use code; whoever registers or signs in with it joins the
-- review in the given role. The code is shown to the moderator to copy (no mail server).
CREATE TABLE invitations (
  id          text PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  review_id   text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  role        text NOT NULL CHECK (role IN ('moderator', 'peer', 'host', 'partner')),
  email       text CHECK (email = lower(email)),
  created_by  text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  accepted_by text REFERENCES users (id) ON DELETE SET NULL,
  accepted_at timestamptz,
  revoked_at  timestamptz
);
CREATE INDEX invitations_review_id_idx ON invitations (review_id);
