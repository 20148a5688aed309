-- Recommendations addressed to actors and followed up (shared/src/api/recommendations.ts).
-- A recommendation is a passage of the findings report marked with an id; its addressees
-- (set by the report's writers) and its follow-up notes (moderators, peers and the host,
-- once the report is final) are rows only the recommendation commands write. The current
-- status is the newest note's.
CREATE TABLE recommendation_addressees (
  review_id         text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  recommendation_id text NOT NULL,
  addressees        text[] NOT NULL,
  updated_by        text REFERENCES users (id) ON DELETE SET NULL,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (review_id, recommendation_id)
);

CREATE TABLE recommendation_follow_ups (
  id                text PRIMARY KEY,
  review_id         text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  recommendation_id text NOT NULL,
  status            text NOT NULL CHECK (status IN ('proposed', 'accepted', 'in_progress', 'done', 'declined')),
  note              text NOT NULL,
  created_by        text REFERENCES users (id) ON DELETE SET NULL,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_follow_ups_by_review ON recommendation_follow_ups (review_id, recommendation_id, created_at);
