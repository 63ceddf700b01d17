package org.kremlinwatch.alert.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox of webhooks and e-mails in PostgreSQL: the only state of delivery, so a
 * restart resumes where the last run stopped. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so that several instances never send one
 * row at the same time and a crashed instance's rows come back once the lease runs out.
 */
@Repository
class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims up to {@code limit} due rows for {@code lease}. Planned afresh each time:
	 * the outbox swings from empty to thousands of rows within seconds (a backfill, or a
	 * burst after a quiet night), and a plan cached while it was empty (a sequential scan
	 * of {@code delivery} per claimed row) made each claim cost time in proportion to the
	 * backlog, seconds of CPU per burst, until autovacuum's next ANALYZE. The ids are
	 * claimed first, as an array, so that the update is one look-up per id whatever the
	 * planner believes about the table's size.
	 */
	@Transactional
	List<PendingDelivery> claimDue(int limit, Duration lease) {
		this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
		return this.jdbc.sql("""
				WITH claimed AS (
					UPDATE delivery d SET claimed_until = now() + :lease * interval '1 millisecond'
					WHERE d.id = ANY (ARRAY(
						SELECT id FROM delivery
						WHERE status = 'PENDING' AND next_attempt_at <= now()
							AND (claimed_until IS NULL OR claimed_until < now())
						ORDER BY next_attempt_at
						LIMIT :limit
						FOR UPDATE SKIP LOCKED))
					RETURNING d.id, d.subscription_id, d.alert_id, d.digest_id, d.channel, d.attempts, d.created_at)
				SELECT c.id, c.subscription_id, c.alert_id, c.digest_id, c.channel, c.attempts, c.created_at,
					a.payload::text AS payload, s.webhook_url, s.webhook_secret, s.webhook_enabled, s.email, s.name,
					a.release_id, a.trace_parent
				FROM claimed c
				LEFT JOIN alert a ON a.id = c.alert_id
				JOIN subscription s ON s.id = c.subscription_id""")
			.param("lease", lease.toMillis())
			.param("limit", limit)
			.query((rs, row) -> new PendingDelivery(rs.getObject("id", UUID.class),
					rs.getObject("subscription_id", UUID.class), rs.getObject("alert_id", UUID.class),
					rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(), rs.getString("payload"),
					rs.getString("webhook_url"), rs.getString("webhook_secret"), rs.getBoolean("webhook_enabled"),
					rs.getString("channel"), rs.getString("email"), rs.getObject("digest_id", UUID.class),
					rs.getString("name"), rs.getString("release_id"), rs.getString("trace_parent")))
			.list();
	}

	/** The alerts a digest groups, oldest first. */
	List<String> digestPayloads(UUID digestId) {
		return this.jdbc.sql("SELECT payload::text FROM alert WHERE digest_id = ? ORDER BY created_at, id")
			.param(digestId)
			.query(String.class)
			.list();
	}

	void delivered(UUID id, int statusCode) {
		this.jdbc.sql("""
				UPDATE delivery SET status = 'DELIVERED', attempts = attempts + 1, last_status_code = ?,
					last_error = NULL, delivered_at = now(), claimed_until = NULL
				WHERE id = ?""").params(statusCode, id).update();
	}

	void retryLater(UUID id, Integer statusCode, String error, Duration delay) {
		this.jdbc.sql("""
				UPDATE delivery SET attempts = attempts + 1, last_status_code = ?, last_error = ?,
					next_attempt_at = now() + ? * interval '1 millisecond', claimed_until = NULL
				WHERE id = ?""").params(statusCode, error, delay.toMillis(), id).update();
	}

	void failed(UUID id, Integer statusCode, String error) {
		this.jdbc.sql("""
				UPDATE delivery SET status = 'FAILED', attempts = attempts + 1, last_status_code = ?, last_error = ?,
					claimed_until = NULL
				WHERE id = ?""").params(statusCode, error, id).update();
	}

	/** The receiver is gone (410): stop its webhook and drop what is queued for it. */
	@Transactional
	void gone(UUID id, UUID subscriptionId) {
		failed(id, 410, "receiver answered 410 Gone; the webhook is disabled until the subscription is updated");
		this.jdbc.sql("UPDATE subscription SET webhook_enabled = false WHERE id = ?").param(subscriptionId).update();
		disableQueued(subscriptionId, "webhook");
	}

	/** Drops what is queued on one channel of a subscription that no longer has it. */
	void disableQueued(UUID subscriptionId, String channel) {
		this.jdbc.sql("""
				UPDATE delivery SET status = 'DISABLED', claimed_until = NULL, last_error = ? || ' disabled or removed'
				WHERE subscription_id = ? AND channel = ? AND status = 'PENDING'""")
			.params(channel, subscriptionId, channel)
			.update();
	}

	/** Gives back claims without an attempt, e.g. on shutdown. */
	void release(List<UUID> ids) {
		this.jdbc.sql("UPDATE delivery SET claimed_until = NULL WHERE id IN (:ids) AND status = 'PENDING'")
			.param("ids", ids)
			.update();
	}

	/**
	 * Rows waiting, the age in seconds of the oldest one (0 when none), and how many of
	 * them wait for a retry after a failed attempt.
	 */
	double[] pendingStats() {
		return this.jdbc.sql("""
				SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0),
					count(*) FILTER (WHERE attempts > 0)
				FROM delivery WHERE status = 'PENDING'""")
			.query((rs, row) -> new double[] { rs.getLong(1), rs.getDouble(2), rs.getLong(3) })
			.single();
	}

}
