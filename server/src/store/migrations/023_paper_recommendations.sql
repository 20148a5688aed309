-- Policy papers' recommendations are addressed and followed up like a report's (issue 13,
-- item 3). The rows of migration 019 now belong to a review's report or to a paper, exactly
-- one of the two; `owner` ('review:<id>' or 'paper:<id>', as `sourceKey` in
-- shared/src/api/recommendations.ts names it) keys them alike. A deleted paper takes its rows along.
ALTER TABLE recommendation_addressees DROP CONSTRAINT recommendation_addressees_pkey;
ALTER TABLE recommendation_addressees ALTER COLUMN review_id DROP NOT NULL;
ALTER TABLE recommendation_addressees ADD COLUMN paper_id text REFERENCES papers (id) ON DELETE CASCADE;
ALTER TABLE recommendation_addressees ADD CONSTRAINT recommendation_addressees_one_owner CHECK ((review_id IS NULL) <> (paper_id IS NULL));
ALTER TABLE recommendation_addressees ADD COLUMN owner text GENERATED ALWAYS AS (COALESCE('review:' || review_id, 'paper:' || paper_id)) STORED;
ALTER TABLE recommendation_addressees ADD PRIMARY KEY (owner, recommendation_id);

ALTER TABLE recommendation_follow_ups ALTER COLUMN review_id DROP NOT NULL;
ALTER TABLE recommendation_follow_ups ADD COLUMN paper_id text REFERENCES papers (id) ON DELETE CASCADE;
ALTER TABLE recommendation_follow_ups ADD CONSTRAINT recommendation_follow_ups_one_owner CHECK ((review_id IS NULL) <> (paper_id IS NULL));
ALTER TABLE recommendation_follow_ups ADD COLUMN owner text GENERATED ALWAYS AS (COALESCE('review:' || review_id, 'paper:' || paper_id)) STORED;
DROP INDEX recommendation_follow_ups_by_review;
CREATE INDEX recommendation_follow_ups_by_owner ON recommendation_follow_ups (owner, recommendation_id, created_at);
