-- Which subscription each change touched, so that every instance's match index applies
-- just those changes instead of reloading all subscriptions. seq comes from the counter row
-- of subscription_change, bumped in the same transaction: its row lock makes concurrent
-- changes commit in seq order, so an instance reading "seq > last seen" never skips a
-- change that commits late.
CREATE TABLE subscription_change_log (
	seq bigint PRIMARY KEY,
	subscription_id uuid NOT NULL,
	changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subscription_change_log_changed_at_idx ON subscription_change_log (changed_at);
