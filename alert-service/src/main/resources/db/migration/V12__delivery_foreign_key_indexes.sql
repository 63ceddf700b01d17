-- Deleting a subscription cascades to its alerts and from each alert to its deliveries;
-- without an index on delivery.alert_id every cascaded alert scanned the whole delivery
-- table (about 700 ms per DELETE at benchmark sizes). The same for digests.
CREATE INDEX delivery_alert_idx ON delivery (alert_id) WHERE alert_id IS NOT NULL;
CREATE INDEX delivery_digest_idx ON delivery (digest_id) WHERE digest_id IS NOT NULL;
