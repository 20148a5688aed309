-- Votes and team ratings leave the board document (which every peer writes) for rows that
-- only the rating and vote commands write: a team rating by a moderator, a vote by its voter.
CREATE TABLE team_ratings (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  factor_id text NOT NULL,
  rating    text NOT NULL CHECK (rating IN ('wholly', 'partly', 'not')),
  rationale text NOT NULL,
  cites     text[] NOT NULL,
  rated_by  text REFERENCES users (id) ON DELETE SET NULL,
  rated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (review_id, factor_id)
);

CREATE TABLE factor_votes (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  factor_id text NOT NULL,
  user_id   text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  rating    text NOT NULL CHECK (rating IN ('wholly', 'partly', 'not')),
  voted_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (review_id, factor_id, user_id)
);

-- One-time data moves that need the server's code (decoding Yjs documents), by name.
CREATE TABLE data_migrations (
  name       text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
);
