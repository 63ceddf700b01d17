CREATE TABLE subscriber (
	id uuid PRIMARY KEY,
	name text NOT NULL,
	-- SHA-256 of the API key: the key itself is shown once and never stored.
	api_key_hash text NOT NULL UNIQUE,
	created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE subscription (
	id uuid PRIMARY KEY,
	subscriber_id uuid NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
	name text NOT NULL,
	event_types jsonb NOT NULL,
	topics jsonb NOT NULL,
	entities jsonb NOT NULL,
	lang text,
	query text,
	webhook_url text,
	webhook_secret text,
	-- A receiver that answers 410 Gone turns its webhook off until the subscription is updated.
	webhook_enabled boolean NOT NULL DEFAULT true,
	email text,
	mode text NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subscription_subscriber_idx ON subscription (subscriber_id);

CREATE TABLE alert (
	id uuid PRIMARY KEY,
	subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
	dedupe_key text NOT NULL,
	release_id text NOT NULL,
	kind text NOT NULL,
	payload jsonb NOT NULL,
	created_at timestamptz NOT NULL DEFAULT now(),
	-- Set once the AlertRaised is on kremlin.alerts.v1; a redelivered tagged record republishes rows still null.
	published_at timestamptz,
	-- One alert per subscription and thing told about, however many releases repeat it.
	CONSTRAINT alert_once UNIQUE (subscription_id, dedupe_key)
);

CREATE INDEX alert_recent_idx ON alert (subscription_id, created_at DESC);
CREATE INDEX alert_unpublished_idx ON alert (release_id) WHERE published_at IS NULL;

CREATE TABLE delivery (
	id uuid PRIMARY KEY,
	alert_id uuid NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
	subscription_id uuid NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
	channel text NOT NULL,
	status text NOT NULL,
	attempts int NOT NULL DEFAULT 0,
	next_attempt_at timestamptz NOT NULL,
	-- A claimed row belongs to one instance until the lease runs out, so a crash mid-send only delays it.
	claimed_until timestamptz,
	last_status_code int,
	last_error text,
	created_at timestamptz NOT NULL DEFAULT now(),
	delivered_at timestamptz
);

CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_subscription_idx ON delivery (subscription_id, created_at DESC);

-- Bumped in the same transaction as every subscription change, so that each instance's
-- in-memory match index can tell cheaply, and without missing a commit, when to reload.
CREATE TABLE subscription_change (
	id int PRIMARY KEY,
	seq bigint NOT NULL
);

INSERT INTO subscription_change (id, seq) VALUES (1, 0);
