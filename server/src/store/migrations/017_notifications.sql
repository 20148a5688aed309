-- Each user's inbox (server/src/notifications): mentions, replies in their threads, being added
-- to a review, report status changes and recommendation decisions. `payload` holds what the
-- inbox shows (who, which review or paper, which thread), validated by shared/src/api/notifications.ts.
CREATE TABLE notifications (
  id         text PRIMARY KEY,
  user_id    text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       text NOT NULL CHECK (kind IN ('mention', 'reply', 'invitation', 'report_status', 'recommendation_decision')),
  review_id  text REFERENCES reviews (id) ON DELETE CASCADE,
  payload    jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz
);
CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC);

-- Whether the account also receives its notifications by e-mail (when the server has SMTP_URL).
ALTER TABLE users ADD COLUMN email_notifications boolean NOT NULL DEFAULT true;
