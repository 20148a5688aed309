-- Progress over time: a review may be a later round of an earlier review of the same host
-- project (same benchmark). Set by the later review's moderators; a deleted earlier review
-- leaves the link empty.
ALTER TABLE reviews ADD COLUMN follows_review_id text REFERENCES reviews (id) ON DELETE SET NULL;
