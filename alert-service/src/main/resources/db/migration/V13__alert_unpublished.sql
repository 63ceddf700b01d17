-- An alert not yet on kremlin.alerts.v1 is a row here, inserted with the alert and deleted
-- once the broker has it. Before, a published_at column on the alert row was set instead:
-- that UPDATE rewrote the whole row (payload and all) and, since the column was in a
-- partial index's predicate, never as a HOT update, so every alert paid a second row
-- version and new entries in all of alert's indexes (about 6 KB of WAL per alert at
-- 300 releases/s). This table holds only what is pending, so it stays small.
CREATE TABLE alert_unpublished (
	alert_id uuid PRIMARY KEY REFERENCES alert (id) ON DELETE CASCADE,
	release_id text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX alert_unpublished_release_idx ON alert_unpublished (release_id);

INSERT INTO alert_unpublished (alert_id, release_id, created_at)
	SELECT id, release_id, created_at FROM alert WHERE published_at IS NULL;

DROP INDEX alert_unpublished_idx;
ALTER TABLE alert DROP COLUMN published_at;
