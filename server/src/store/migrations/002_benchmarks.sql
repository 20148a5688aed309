-- Benchmarks are versioned: a review keeps the version it started with, so a
-- version, once stored, is never changed (a change is a new version).
CREATE TABLE benchmarks (
  id         text NOT NULL,
  version    text NOT NULL,
  name       text NOT NULL,
  data       jsonb NOT NULL,
  created_by text REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

ALTER TABLE reviews
  ADD COLUMN benchmark_id      text,
  ADD COLUMN benchmark_version text,
  -- Theme module ids chosen for this review; the core module always applies.
  ADD COLUMN modules           jsonb NOT NULL DEFAULT '[]',
  ADD FOREIGN KEY (benchmark_id, benchmark_version) REFERENCES benchmarks (id, version);
