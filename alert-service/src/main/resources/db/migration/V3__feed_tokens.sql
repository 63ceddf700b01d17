-- The secret in a subscription's Atom and ICS addresses: feed readers and calendar apps
-- cannot send an API key. Two random UUIDs' worth of randomness (244 bits), filled in for
-- existing rows too, since a volatile default is evaluated per row.
ALTER TABLE subscription ADD COLUMN feed_token text NOT NULL
	DEFAULT replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '');
ALTER TABLE subscription ADD CONSTRAINT subscription_feed_token_unique UNIQUE (feed_token);
