-- A meeting as the releases report it over time. Its identity is its participants plus
-- either its place or its date (see MeetingTracker), so that a change of date or place
-- updates it instead of starting another one.
CREATE TABLE meeting (
	id uuid PRIMARY KEY,
	-- The dedupe key of its first sighting: the key of every NEW alert about it.
	meeting_key text NOT NULL UNIQUE,
	participants_key text NOT NULL,
	place text,
	place_key text,
	date_start date,
	date_end date,
	-- ANNOUNCED, POSTPONED or CANCELLED
	status text NOT NULL,
	version int NOT NULL,
	-- The release whose report the state comes from: an older one must not change it back.
	source_kremlin_id bigint NOT NULL,
	source_revision int NOT NULL,
	source_published_at timestamptz NOT NULL,
	updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX meeting_participants_idx ON meeting (participants_key);

-- Every state a meeting has had, so that a subscriber is told what changed since it last heard.
CREATE TABLE meeting_version (
	meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	version int NOT NULL,
	place text,
	date_start date,
	date_end date,
	status text NOT NULL,
	release_id text NOT NULL,
	PRIMARY KEY (meeting_id, version)
);

-- Which meeting a release (both language versions, every revision) reports for a set of
-- participants: a silent edit changes the meeting it reported before, whatever it changes.
CREATE TABLE meeting_release (
	kremlin_id bigint NOT NULL,
	participants_key text NOT NULL,
	meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	PRIMARY KEY (kremlin_id, participants_key)
);

ALTER TABLE alert ADD COLUMN meeting_id uuid REFERENCES meeting (id) ON DELETE SET NULL;
ALTER TABLE alert ADD COLUMN meeting_version int;
CREATE INDEX alert_meeting_idx ON alert (meeting_id, subscription_id) WHERE meeting_id IS NOT NULL;
