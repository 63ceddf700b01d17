package org.kremlinwatch.alert.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the matches of one release into alerts and webhook outbox rows, in one
 * transaction. The UNIQUE (subscription, dedupe key) constraint makes this idempotent: a
 * redelivered record or a repeated meeting inserts nothing.
 */
@Component
class AlertRecorder {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MatchIndex index;

	private final long firstAttemptDelayMillis;

	private final Counter raised;

	AlertRecorder(JdbcClient jdbc, TransactionTemplate transaction, MatchIndex index, AlertProperties properties,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.index = index;
		this.firstAttemptDelayMillis = properties.webhook().retrySchedule().get(0).toMillis();
		this.raised = Counter.builder("kremlinwatch.alert.alerts.raised")
			.description("Alerts recorded, one per subscription and dedupe key")
			.tag("kind", AlertKind.NEW.name())
			.register(meters);
	}

	/** Records the alerts {@code release} raises; returns those that are new. */
	List<AlertRaised> record(ReleaseTagged release) {
		List<Match> matches = this.index.match(release);
		if (matches.isEmpty()) {
			return List.of();
		}
		List<AlertRaised> recorded = this.transaction.execute((status) -> {
			List<AlertRaised> fresh = new ArrayList<>();
			for (Match match : matches) {
				AlertRaised alert = toAlert(release, match);
				if (insertAlert(alert, match.subscriptionId())) {
					insertWebhookDelivery(alert.eventId(), match.subscriptionId());
					fresh.add(alert);
				}
			}
			return fresh;
		});
		this.raised.increment(recorded.size());
		return recorded;
	}

	private boolean insertAlert(AlertRaised alert, UUID subscriptionId) {
		// SELECT FROM subscription: a subscription deleted since the index was loaded
		// raises nothing instead of failing the whole record.
		return this.jdbc.sql("""
				INSERT INTO alert (id, subscription_id, dedupe_key, release_id, kind, payload)
				SELECT ?, id, ?, ?, ?, ?::jsonb FROM subscription WHERE id = ?
				ON CONFLICT (subscription_id, dedupe_key) DO NOTHING""")
			.params(alert.eventId(), alert.dedupeKey(), alert.releaseId(), alert.kind().name(),
					EventJson.mapper().writeValueAsString(alert), subscriptionId)
			.update() == 1;
	}

	private void insertWebhookDelivery(UUID alertId, UUID subscriptionId) {
		this.jdbc.sql("""
				INSERT INTO delivery (id, alert_id, subscription_id, channel, status, next_attempt_at)
				SELECT ?, ?, id, 'webhook', 'PENDING', now() + ? * interval '1 millisecond'
				FROM subscription WHERE id = ? AND webhook_url IS NOT NULL AND webhook_enabled""")
			.params(UUID.randomUUID(), alertId, this.firstAttemptDelayMillis, subscriptionId)
			.update();
	}

	private static AlertRaised toAlert(ReleaseTagged release, Match match) {
		return new AlertRaised(UUID.randomUUID(), Instant.now(), match.subscriptionId().toString(), release.releaseId(),
				release.kremlinId(), release.lang(), release.url(), release.alternateUrl(), release.title(),
				release.publishedAt(), match.event(), match.reasons(), match.dedupeKey(), AlertKind.NEW, List.of());
	}

}
