package org.kremlinwatch.alert.match;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.kremlinwatch.support.tracing.TraceContexts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes recorded alerts on {@code kremlin.alerts.v1}, keyed by subscription id, and
 * marks them published by deleting their {@code alert_unpublished} rows. Runs after the
 * database commit, so a failed send leaves the rows unpublished and the redelivered
 * tagged record, or else {@link AlertRepublisher}, sends them again: at least once. Each
 * record carries the trace its alert was raised in, so downstream tools continue the
 * release's trace.
 */
@Component
class AlertPublisher {

	/**
	 * The columns {@link #send} needs, for the callers' queries, which join
	 * {@code alert_unpublished u} to {@code alert a}.
	 */
	static final String COLUMNS = "a.payload::text, a.trace_parent";

	private static final long ACK_TIMEOUT_SECONDS = 30;

	private final JdbcClient jdbc;

	private final KafkaTemplate<String, Object> kafka;

	private final TraceContexts traces;

	AlertPublisher(JdbcClient jdbc, KafkaTemplate<String, Object> kafka, TraceContexts traces) {
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.traces = traces;
	}

	/** Publishes every not yet published alert of {@code releaseIds}. */
	void publishPending(Collection<String> releaseIds) throws InterruptedException {
		if (releaseIds.isEmpty()) {
			return;
		}
		send(this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM alert_unpublished u JOIN alert a ON a.id = u.alert_id
				WHERE u.release_id IN (:releaseIds)
				ORDER BY u.created_at""").param("releaseIds", releaseIds).query(Stored::read).list());
	}

	/**
	 * Sends {@code alerts}, waits for the broker to take them all, then marks them
	 * published.
	 * @param alerts rows read with {@link #COLUMNS}
	 * @return how many were sent
	 * @throws InterruptedException when the service shuts down meanwhile
	 */
	int send(List<Stored> alerts) throws InterruptedException {
		if (alerts.isEmpty()) {
			return 0;
		}
		List<UUID> ids = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		for (Stored stored : alerts) {
			AlertRaised alert = EventJson.mapper().readValue(stored.payload(), AlertRaised.class);
			ids.add(alert.eventId());
			sends.add(this.traces.continuing("kremlinwatch.alert.publish", stored.traceparent(), alert.releaseId(),
					() -> this.kafka.send(Topics.ALERTS_V1, alert.subscriptionId(), alert)));
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("could not publish " + ids.size() + " alerts on " + Topics.ALERTS_V1, ex);
		}
		this.jdbc.sql("DELETE FROM alert_unpublished WHERE alert_id IN (:ids)").param("ids", ids).update();
		return ids.size();
	}

	/** An alert as stored, with the trace context it was raised in. */
	record Stored(String payload, String traceparent) {

		static Stored read(ResultSet rs, int row) throws SQLException {
			return new Stored(rs.getString(1), rs.getString(2));
		}

	}

}
