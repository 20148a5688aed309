-- The findings report's place in the review cycle: draft → host review → final.
-- Every change is also an audit event (kind 'report_status'), which keeps the history.
ALTER TABLE reviews
  ADD COLUMN report_status            text NOT NULL DEFAULT 'draft'
    CHECK (report_status IN ('draft', 'host_review', 'final')),
  ADD COLUMN report_status_changed_at timestamptz,
  ADD COLUMN report_status_changed_by text REFERENCES users (id) ON DELETE SET NULL;

CREATE INDEX audit_events_subject_kind_idx ON audit_events (subject, kind, at);
