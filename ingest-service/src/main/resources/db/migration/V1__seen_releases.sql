-- One row per release ever published: the dedupe state. A row is written only after Kafka
-- acknowledged the release's ReleaseFetched, so a crash in between re-publishes (with
-- the same eventId) rather than loses it.
CREATE TABLE seen_releases (
    release_id   VARCHAR(32)  PRIMARY KEY,
    kremlin_id   BIGINT       NOT NULL,
    lang         VARCHAR(2)   NOT NULL,
    revision     INTEGER      NOT NULL CHECK (revision >= 1),
    content_hash VARCHAR(80)  NOT NULL,
    url          TEXT         NOT NULL,
    first_seen   TIMESTAMPTZ  NOT NULL,
    last_seen    TIMESTAMPTZ  NOT NULL
);

CREATE INDEX seen_releases_kremlin_id ON seen_releases (kremlin_id);
