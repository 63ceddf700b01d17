-- One e-mail grouping the alerts of a DAILY_DIGEST subscription since its last digest. The
-- digest row, the marking of its alerts and its outbox row are written in one transaction,
-- so a digest is never sent twice (its alerts are taken) and never lost (the outbox retries).
CREATE TABLE digest (
	id uuid PRIMARY KEY,
	subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
	created_at timestamptz NOT NULL DEFAULT now()
);

-- Set when the alert was raised for a subscription in DAILY_DIGEST mode with an e-mail
-- address: it waits for the next digest instead of an e-mail of its own.
ALTER TABLE alert ADD COLUMN awaits_digest boolean NOT NULL DEFAULT false;
ALTER TABLE alert ADD COLUMN digest_id uuid REFERENCES digest (id) ON DELETE SET NULL;
CREATE INDEX alert_awaiting_digest_idx ON alert (subscription_id, created_at)
	WHERE awaits_digest AND digest_id IS NULL;

-- An outbox row is about one alert (webhook, e-mail) or one digest (e-mail).
ALTER TABLE delivery ALTER COLUMN alert_id DROP NOT NULL;
ALTER TABLE delivery ADD COLUMN digest_id uuid REFERENCES digest (id) ON DELETE CASCADE;
ALTER TABLE delivery ADD CONSTRAINT delivery_about_one CHECK ((alert_id IS NULL) <> (digest_id IS NULL));
