-- Every tagged release as last seen (newest revision), for the console's feed and search.
-- seq grows with every insert or update, so that each instance can poll for what is new
-- to it and push it to its own browsers, whichever instance consumed the release.
CREATE SEQUENCE release_archive_seq;

CREATE TABLE release_archive (
	release_id text PRIMARY KEY,
	seq bigint NOT NULL DEFAULT nextval('release_archive_seq'),
	lang text NOT NULL,
	kremlin_id bigint NOT NULL,
	revision int NOT NULL,
	title text NOT NULL,
	body text,
	url text NOT NULL,
	alternate_url text,
	published_at timestamptz NOT NULL,
	-- the ReleaseTagged as received: topics, entities and events with their evidence offsets
	topics jsonb NOT NULL,
	entities jsonb NOT NULL,
	events jsonb NOT NULL,
	-- the full-text document in the release's own language ('russian' or 'english' stemming)
	search tsvector NOT NULL,
	archived_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX release_archive_seq_idx ON release_archive (seq);
CREATE INDEX release_archive_published_idx ON release_archive (published_at DESC);
CREATE INDEX release_archive_kremlin_idx ON release_archive (kremlin_id);
CREATE INDEX release_archive_search_idx ON release_archive USING gin (search);
CREATE INDEX release_archive_topics_idx ON release_archive USING gin (topics jsonb_path_ops);
CREATE INDEX release_archive_entities_idx ON release_archive USING gin (entities jsonb_path_ops);
