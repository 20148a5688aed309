-- A policy paper's status (shared/src/schema/paperStatus.ts): draft -> steering group review ->
-- published. A published paper's text is read-only for everyone; changes are audited as
-- `paper.status` events whose subject is the paper id.
ALTER TABLE papers ADD COLUMN status text NOT NULL DEFAULT 'draft'
  CHECK (status IN ('draft', 'steering_review', 'published'));
