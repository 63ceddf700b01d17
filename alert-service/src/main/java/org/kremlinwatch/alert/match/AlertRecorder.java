package org.kremlinwatch.alert.match;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.alert.match.MeetingTracker.Sighting;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.support.tracing.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the matches of releases into alerts and outbox rows (webhook, e-mail), a batch of
 * releases in one transaction. The UNIQUE (subscription, dedupe key) constraint makes
 * this idempotent: a redelivered record or a repeated meeting inserts nothing.
 * <p>
 * An announced meeting is alerted once per subscription as NEW; when it changes later
 * (see {@link MeetingTracker}), every subscription told about it gets one UPDATED alert
 * per change, whether or not the release that told of the change matches its other
 * filters: who heard of a meeting must hear that it moved.
 */
@Component
class AlertRecorder {

	private static final Logger logger = LoggerFactory.getLogger(AlertRecorder.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final MatchIndex index;

	private final MeetingTracker meetings;

	private final long firstAttemptDelayMillis;

	private final Counter raisedNew;

	private final Counter raisedUpdated;

	private final Timer detectionLag;

	private final TraceContexts traces;

	AlertRecorder(JdbcClient jdbc, TransactionTemplate transaction, MatchIndex index, MeetingTracker meetings,
			AlertProperties properties, MeterRegistry meters, TraceContexts traces) {
		this.jdbc = jdbc;
		this.traces = traces;
		this.transaction = transaction;
		this.index = index;
		this.meetings = meetings;
		this.firstAttemptDelayMillis = properties.webhook().retrySchedule().get(0).toMillis();
		this.raisedNew = raisedCounter(meters, AlertKind.NEW);
		this.raisedUpdated = raisedCounter(meters, AlertKind.UPDATED);
		this.detectionLag = Timer.builder("kremlinwatch.alert.detection.lag")
			.description("From the release's publication on the Kremlin site to the alert raised for it")
			.register(meters);
	}

	/**
	 * Records the alerts {@code releases} raise, in their order (meetings are tracked
	 * release after release), in one transaction: one commit per batch instead of one per
	 * release. Stops at the first release that fails; the releases before it are still
	 * recorded.
	 * @param releases the releases in the order received
	 * @param traceparents the trace context each release came with (or {@code null}): its
	 * alerts are raised in that trace and keep it for their deliveries
	 */
	Recorded record(List<ReleaseTagged> releases, List<String> traceparents) {
		Recorded recorded;
		try {
			recorded = new Recorded(releases.size(), recordAll(releases, traceparents), null);
		}
		catch (ReleaseFailed failed) {
			// The whole transaction rolled back; the releases before the failed one went
			// through, so they are recorded again on their own. (No savepoint per
			// release: hundreds of subtransactions in one transaction slow PostgreSQL
			// down.)
			recorded = new Recorded(failed.index,
					recordAll(releases.subList(0, failed.index), traceparents.subList(0, failed.index)),
					(RuntimeException) failed.getCause());
		}
		recorded.alerts().forEach(this::count);
		return recorded;
	}

	private List<AlertRaised> recordAll(List<ReleaseTagged> releases, List<String> traceparents) {
		if (releases.isEmpty()) {
			return List.of();
		}
		return this.transaction.execute((status) -> {
			this.meetings.lockAll(releases);
			List<AlertRaised> fresh = new ArrayList<>();
			for (int i = 0; i < releases.size(); i++) {
				ReleaseTagged release = releases.get(i);
				try {
					this.traces.continuing("kremlinwatch.release.match", traceparents.get(i), release.releaseId(),
							() -> record(release, fresh));
				}
				catch (RuntimeException ex) {
					throw new ReleaseFailed(i, ex);
				}
			}
			return fresh;
		});
	}

	private void record(ReleaseTagged release, List<AlertRaised> fresh) {
		int before = fresh.size();
		List<Match> matches = this.index.match(release);
		Map<ExtractedEvent, Sighting> sightings = this.meetings.track(release);
		sightings.forEach((event, sighting) -> recordUpdates(release, event, sighting, fresh));
		for (Match match : matches) {
			Sighting sighting = sightings.get(match.event());
			if (sighting == null) {
				record(toAlert(release, match, match.dedupeKey(), AlertKind.NEW, List.of()), null, fresh);
			}
			else if (!isFollowed(sighting.meetingId(), match.subscriptionId())) {
				record(toAlert(release, match, sighting.key(), AlertKind.NEW, List.of()), sighting, fresh);
			}
		}
		if (fresh.size() > before) {
			logger.info("Release {} revision {} raised {} alert(s)", release.releaseId(), release.revision(),
					fresh.size() - before);
		}
	}

	private void count(AlertRaised alert) {
		((alert.kind() == AlertKind.NEW) ? this.raisedNew : this.raisedUpdated).increment();
		if (alert.publishedAt() != null) {
			this.detectionLag.record(Duration.between(alert.publishedAt().toInstant(), alert.occurredAt()));
		}
	}

	/** UPDATED alerts for the subscriptions that last heard of an older version. */
	private void recordUpdates(ReleaseTagged release, ExtractedEvent event, Sighting sighting,
			List<AlertRaised> fresh) {
		this.meetings.followers(sighting.meetingId()).forEach((subscriptionId, seen) -> {
			if (seen >= sighting.version()) {
				return;
			}
			List<String> changes = sighting.state().changesSince(this.meetings.stateAt(sighting.meetingId(), seen));
			Match match = new Match(subscriptionId, event,
					List.of("event:" + EventKind.MEETING_ANNOUNCED, "follows:" + sighting.key()), sighting.key());
			record(toAlert(release, match, sighting.key() + "#v" + sighting.version(), AlertKind.UPDATED, changes),
					sighting, fresh);
		});
	}

	private boolean isFollowed(UUID meetingId, UUID subscriptionId) {
		return this.jdbc.sql("SELECT count(*) FROM alert WHERE meeting_id = ? AND subscription_id = ?")
			.params(meetingId, subscriptionId)
			.query(Long.class)
			.single() > 0;
	}

	private void record(AlertRaised alert, Sighting sighting, List<AlertRaised> fresh) {
		if (insertAlertAndDeliveries(alert, UUID.fromString(alert.subscriptionId()), sighting)) {
			fresh.add(alert);
		}
	}

	/**
	 * Inserts the alert and, when it is new, its deliveries, in one statement (one round
	 * trip per alert instead of two). SELECT FROM subscription: a subscription deleted
	 * since the index was loaded raises nothing instead of failing the whole record.
	 * Webhooks go out at once in either mode (machines want events as they happen); an
	 * e-mail goes out at once only in IMMEDIATE mode, else the alert waits for the
	 * digest.
	 * @return whether the alert was new
	 */
	private boolean insertAlertAndDeliveries(AlertRaised alert, UUID subscriptionId, Sighting sighting) {
		return this.jdbc.sql("""
				WITH raised AS (
					INSERT INTO alert (id, subscription_id, dedupe_key, release_id, kind, payload, meeting_id,
						meeting_version, awaits_digest, trace_parent)
					SELECT ?, id, ?, ?, ?, ?::jsonb, ?, ?, (mode = 'DAILY_DIGEST' AND email IS NOT NULL), ?
					FROM subscription WHERE id = ?
					ON CONFLICT (subscription_id, dedupe_key) DO NOTHING
					RETURNING id, subscription_id, release_id),
				unpublished AS (
					INSERT INTO alert_unpublished (alert_id, release_id)
					SELECT id, release_id FROM raised),
				queued AS (
					INSERT INTO delivery (id, alert_id, subscription_id, channel, status, next_attempt_at)
					SELECT gen_random_uuid(), raised.id, s.id, c.channel, 'PENDING',
						now() + ? * interval '1 millisecond'
					FROM raised
					JOIN subscription s ON s.id = raised.subscription_id
					CROSS JOIN LATERAL (VALUES
						('webhook', s.webhook_url IS NOT NULL AND s.webhook_enabled),
						('email', s.email IS NOT NULL AND s.mode = 'IMMEDIATE')) AS c (channel, wanted)
					WHERE c.wanted)
				SELECT count(*) FROM raised""")
			.params(alert.eventId(), alert.dedupeKey(), alert.releaseId(), alert.kind().name(),
					EventJson.mapper().writeValueAsString(alert), (sighting != null) ? sighting.meetingId() : null,
					(sighting != null) ? sighting.version() : null, this.traces.currentTraceparent(), subscriptionId,
					this.firstAttemptDelayMillis)
			.query(Long.class)
			.single() == 1;
	}

	private static AlertRaised toAlert(ReleaseTagged release, Match match, String dedupeKey, AlertKind kind,
			List<String> changes) {
		return new AlertRaised(UUID.randomUUID(), Instant.now(), match.subscriptionId().toString(), release.releaseId(),
				release.kremlinId(), release.lang(), release.url(), release.alternateUrl(), release.title(),
				release.publishedAt(), match.event(), match.reasons(), dedupeKey, kind, changes);
	}

	/**
	 * What a batch left recorded.
	 *
	 * @param count how many releases, from the first, were recorded
	 * @param alerts the new alerts they raised
	 * @param failure why the release at {@code count} failed, or {@code null}
	 */
	record Recorded(int count, List<AlertRaised> alerts, RuntimeException failure) {
	}

	/** The release at {@code index} of a batch failed: the cause says why. */
	private static final class ReleaseFailed extends RuntimeException {

		private final int index;

		ReleaseFailed(int index, RuntimeException cause) {
			super(cause.getMessage(), cause);
			this.index = index;
		}

	}

	private static Counter raisedCounter(MeterRegistry meters, AlertKind kind) {
		return Counter.builder("kremlinwatch.alert.alerts.raised")
			.description("Alerts recorded, one per subscription and dedupe key")
			.tag("kind", kind.name())
			.register(meters);
	}

}
