package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes recorded alerts on {@code kremlin.alerts.v1}, keyed by subscription id, and
 * marks them published. Runs after the database commit, so a failed send leaves the rows
 * unpublished and the redelivered tagged record sends them again: at least once.
 */
@Component
class AlertPublisher {

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, Object> kafka;

	AlertPublisher(JdbcClient jdbc, KafkaTemplate<String, Object> kafka) {
		this.jdbc = jdbc;
		this.kafka = kafka;
	}

	/** Publishes every not yet published alert of {@code releaseIds}. */
	void publishPending(Collection<String> releaseIds) throws InterruptedException {
		if (releaseIds.isEmpty()) {
			return;
		}
		List<String> payloads = this.jdbc.sql("""
				SELECT payload::text FROM alert WHERE release_id IN (:releaseIds) AND published_at IS NULL
				ORDER BY created_at""").param("releaseIds", releaseIds).query(String.class).list();
		if (payloads.isEmpty()) {
			return;
		}
		List<UUID> ids = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (String payload : payloads) {
			AlertRaised alert = EventJson.mapper().readValue(payload, AlertRaised.class);
			ids.add(alert.eventId());
			sends.add(this.kafka.send(Topics.ALERTS_V1, alert.subscriptionId(), alert));
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("could not publish alerts of " + releaseIds, ex);
		}
		this.jdbc.sql("UPDATE alert SET published_at = now() WHERE id IN (:ids)").param("ids", ids).update();
	}

}
