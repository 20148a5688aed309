-- A visit may cover up to three host projects, each rated on its own. Every review has a first
-- project (id = the review's id, position 0, its name kept equal to reviews.host_project);
-- moderators add, rename and remove the others. Team ratings are keyed by project: the
-- existing rows belong to the first project. A project with team ratings cannot be removed
-- (the foreign key refuses it too).
CREATE TABLE review_projects (
  review_id text NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  id        text NOT NULL,
  name      text NOT NULL,
  position  integer NOT NULL CHECK (position >= 0),
  PRIMARY KEY (review_id, id),
  UNIQUE (review_id, position)
);

INSERT INTO review_projects (review_id, id, name, position) SELECT id, id, host_project, 0 FROM reviews;

ALTER TABLE team_ratings ADD COLUMN project_id text;
UPDATE team_ratings SET project_id = review_id;
ALTER TABLE team_ratings ALTER COLUMN project_id SET NOT NULL;
ALTER TABLE team_ratings DROP CONSTRAINT team_ratings_pkey;
ALTER TABLE team_ratings ADD PRIMARY KEY (review_id, project_id, factor_id);
ALTER TABLE team_ratings ADD CONSTRAINT team_ratings_project_fkey FOREIGN KEY (review_id, project_id) REFERENCES review_projects (review_id, id);
