package org.kremlinwatch.alert.feed;

import java.util.List;

import org.kremlinwatch.alert.subscriber.Caller;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/alerts}: the caller's most recent alerts, newest first. */
@RestController
class AlertFeedController {

	private static final int MAX_LIMIT = 500;

	private final JdbcClient jdbc;

	AlertFeedController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/api/v1/alerts")
	List<AlertRaised> recent(Caller caller, @RequestParam(defaultValue = "50") int limit) {
		int bounded = Math.max(1, Math.min(limit, MAX_LIMIT));
		return this.jdbc.sql("""
				SELECT a.payload::text FROM alert a JOIN subscription s ON s.id = a.subscription_id
				WHERE s.subscriber_id = ? ORDER BY a.created_at DESC LIMIT ?""")
			.params(caller.subscriberId(), bounded)
			.query(String.class)
			.list()
			.stream()
			.map((json) -> EventJson.mapper().readValue(json, AlertRaised.class))
			.toList();
	}

}
