-- The visit's daily wrap-up: per visit day the team's provisional rating of each factor
-- (rating NULL: the team recorded "none" that day), beside the final team rating; and the
-- feedback the moderators gave the host at the end of the visit. Written only by the
-- wrap-up commands, mirrored into the ratings document.
CREATE TABLE provisional_ratings (
  review_id   text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  factor_id   text NOT NULL,
  day         integer NOT NULL CHECK (day >= 1),
  rating      text CHECK (rating IN ('wholly', 'partly', 'not')),
  note        text NOT NULL DEFAULT '',
  recorded_by text REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (review_id, factor_id, day)
);

CREATE TABLE visit_feedback (
  review_id   text PRIMARY KEY REFERENCES reviews (id) ON DELETE CASCADE,
  text        text NOT NULL,
  given_on    date NOT NULL,
  present     text NOT NULL,
  recorded_by text REFERENCES users (id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
