-- Real names of pseudonymised people of a review's visit programme. The programme document
-- (review:<id>:programme, read by every member) holds only their label ("Participant 3"); the
-- name is kept here for the review's moderators alone, written and read only through the
-- participant-name commands, and never exported.
CREATE TABLE programme_participants (
  review_id  text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  person_id  text NOT NULL,
  name       text NOT NULL,
  updated_by text REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (review_id, person_id)
);
