package org.kremlinwatch.alert.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the feeds of one subscription show, found by its feed token. */
@Repository
class FeedRepository {

	private final JdbcClient jdbc;

	FeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FeedOwner> byToken(String token) {
		return this.jdbc.sql("SELECT id, name, updated_at FROM subscription WHERE feed_token = ?")
			.param(token)
			.query((rs, row) -> new FeedOwner(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/** The most recent alerts, newest first. */
	List<AlertRaised> recentAlerts(UUID subscriptionId, int limit) {
		return this.jdbc
			.sql("SELECT payload::text FROM alert WHERE subscription_id = ? ORDER BY created_at DESC, id LIMIT ?")
			.params(subscriptionId, limit)
			.query(String.class)
			.list()
			.stream()
			.map((json) -> EventJson.mapper().readValue(json, AlertRaised.class))
			.toList();
	}

	/**
	 * The meetings the subscription was told about, as they stand now, with the latest
	 * alert about each (for its summary and link).
	 */
	List<Meeting> meetings(UUID subscriptionId) {
		return this.jdbc.sql("""
				SELECT m.id, m.place, m.date_start, m.date_end, m.status, m.version, m.updated_at, latest.payload::text
				FROM meeting m
				JOIN LATERAL (SELECT a.payload FROM alert a WHERE a.meeting_id = m.id AND a.subscription_id = ?
					ORDER BY a.created_at DESC LIMIT 1) latest ON true
				WHERE m.date_start IS NOT NULL
				ORDER BY m.date_start""")
			.param(subscriptionId)
			.query((rs, row) -> new Meeting(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
					(rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null, rs.getString(5), rs.getInt(6),
					rs.getTimestamp(7).toInstant(), EventJson.mapper().readValue(rs.getString(8), AlertRaised.class)))
			.list();
	}

	/**
	 * @param subscriptionId the subscription
	 * @param name its label
	 * @param updatedAt when it last changed
	 */
	record FeedOwner(UUID subscriptionId, String name, Instant updatedAt) {
	}

	/**
	 * @param id the meeting, the stable part of its calendar UID
	 * @param place where, as last reported
	 * @param dateStart first day
	 * @param dateEnd last day, {@code null} when unknown
	 * @param status ANNOUNCED, POSTPONED or CANCELLED
	 * @param version bumped by every change: the calendar SEQUENCE
	 * @param updatedAt when it last changed
	 * @param latest the latest alert about it to this subscription
	 */
	record Meeting(UUID id, String place, LocalDate dateStart, LocalDate dateEnd, String status, int version,
			Instant updatedAt, AlertRaised latest) {
	}

}
