-- One decision per suggested edit across every server process: the accept or reject command
-- claims the thread here before it touches the report, so two processes (or two moderators)
-- deciding at once cannot both apply the edit. A failed accept gives its claim back.
CREATE TABLE suggestion_decisions (
  doc_name   text NOT NULL,
  thread_id  text NOT NULL,
  decided_by text REFERENCES users (id) ON DELETE SET NULL,
  decided_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (doc_name, thread_id)
);
