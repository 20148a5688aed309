-- The hosts' own ratings per factor, read from each review's self-assessment document and kept
-- here by the server, so that the network score card reads every rating in one query.
CREATE TABLE self_ratings (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  factor_id text NOT NULL,
  rating    text NOT NULL CHECK (rating IN ('wholly', 'partly', 'not')),
  PRIMARY KEY (review_id, factor_id)
);
