-- Policy papers: network-level documents that synthesise findings across reviews. The text
-- is the collaborative document `paper:<id>` (and its threads `paper:<id>:comments`); this
-- table holds what lists and headers show.
CREATE TABLE papers (
  id         text PRIMARY KEY,
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  summary    text NOT NULL DEFAULT '' CHECK (length(summary) <= 2000),
  created_by text REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX papers_updated_at_idx ON papers (updated_at DESC);
-- The score card lists every review of one benchmark.
CREATE INDEX reviews_benchmark_id_idx ON reviews (benchmark_id);
