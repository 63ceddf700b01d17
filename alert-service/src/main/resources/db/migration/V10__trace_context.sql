-- The W3C trace context an alert was raised in: its deliveries, however late (a retry
-- hours later, after a restart), continue the release's trace from fetch to receiver.
ALTER TABLE alert ADD COLUMN trace_parent text;
