-- A paused subscription keeps its settings and delivery log but raises no alerts until resumed.
ALTER TABLE subscription ADD COLUMN paused boolean NOT NULL DEFAULT false;
