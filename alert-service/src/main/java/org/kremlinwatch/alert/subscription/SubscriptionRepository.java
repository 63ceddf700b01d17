package org.kremlinwatch.alert.subscription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kremlinwatch.events.EventJson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions in PostgreSQL. Every change is logged in {@code subscription_change_log}
 * in the same transaction, which tells each instance's match index what to update.
 */
@Repository
class SubscriptionRepository {

	private static final String COLUMNS = """
			id, name, event_types::text, topics::text, entities::text, lang, query, webhook_url, webhook_secret,
			webhook_enabled, email, mode, created_at, updated_at, feed_token, paused""";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	Subscription insert(UUID subscriberId, SubscriptionRequest request) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO subscription (id, subscriber_id, name, event_types, topics, entities, lang, query,
					webhook_url, webhook_secret, email, mode, paused)
				VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, subscriberId, request.name(), json(request.eventTypes()), json(request.topics()),
					json(request.entities()), request.lang(), request.query(), request.webhookUrl(),
					request.webhookSecret(), request.email(), request.mode(), request.paused())
			.update();
		logChange(id);
		return find(subscriberId, id).orElseThrow();
	}

	/**
	 * Replaces every field; turns the webhook back on, since the subscriber saw to it.
	 */
	@Transactional
	Optional<Subscription> update(UUID subscriberId, UUID id, SubscriptionRequest request) {
		int updated = this.jdbc.sql("""
				UPDATE subscription SET name = ?, event_types = ?::jsonb, topics = ?::jsonb, entities = ?::jsonb,
					lang = ?, query = ?, webhook_url = ?, webhook_secret = ?, webhook_enabled = true, email = ?,
					mode = ?, paused = ?, updated_at = now()
				WHERE id = ? AND subscriber_id = ?""")
			.params(request.name(), json(request.eventTypes()), json(request.topics()), json(request.entities()),
					request.lang(), request.query(), request.webhookUrl(), request.webhookSecret(), request.email(),
					request.mode(), request.paused(), id, subscriberId)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		logChange(id);
		return find(subscriberId, id);
	}

	@Transactional
	boolean delete(UUID subscriberId, UUID id) {
		boolean deleted = this.jdbc.sql("DELETE FROM subscription WHERE id = ? AND subscriber_id = ?")
			.params(id, subscriberId)
			.update() == 1;
		if (deleted) {
			logChange(id);
		}
		return deleted;
	}

	Optional<Subscription> find(UUID subscriberId, UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE id = ? AND subscriber_id = ?")
			.params(id, subscriberId)
			.query(SubscriptionRepository::row)
			.optional();
	}

	List<Subscription> findAll(UUID subscriberId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE subscriber_id = ? ORDER BY created_at")
			.param(subscriberId)
			.query(SubscriptionRepository::row)
			.list();
	}

	/**
	 * Numbers the change from the counter row, whose lock (held to commit) makes changes
	 * commit in the order of their numbers, and logs which subscription it touched.
	 */
	private void logChange(UUID id) {
		this.jdbc.sql("""
				WITH bumped AS (UPDATE subscription_change SET seq = seq + 1 WHERE id = 1 RETURNING seq)
				INSERT INTO subscription_change_log (seq, subscription_id) SELECT seq, ? FROM bumped""")
			.param(id)
			.update();
	}

	private static Subscription row(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getObject("id", UUID.class), rs.getString("name"), strings(rs.getString(3)),
				strings(rs.getString(4)), strings(rs.getString(5)), rs.getString("lang"), rs.getString("query"),
				rs.getString("webhook_url"), rs.getString("webhook_secret"), rs.getBoolean("webhook_enabled"),
				rs.getString("email"), rs.getString("mode"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("feed_token"), rs.getBoolean("paused"));
	}

	private static String json(List<String> values) {
		return EventJson.mapper().writeValueAsString(values);
	}

	private static List<String> strings(String json) {
		return Arrays.asList(EventJson.mapper().readValue(json, String[].class));
	}

}
