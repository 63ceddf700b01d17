package org.kremlinwatch.ingest.publish;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.support.tracing.TraceContexts;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.ingest.page.MoscowTime;
import org.kremlinwatch.ingest.page.ParsedPage;
import org.kremlinwatch.ingest.publish.SeenReleases.Seen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Publishes a parsed page as {@link ReleaseFetched} when it is new or its text changed,
 * waits for Kafka's acknowledgement, and only then remembers it, so that a crash between
 * fetch and publish loses nothing (the re-publication carries the same eventId).
 */
@Service
public class ReleasePublisher {

	private static final Logger logger = LoggerFactory.getLogger(ReleasePublisher.class);

	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(30);

	private final KafkaTemplate<String, ReleaseFetched> kafka;

	private final SeenReleases seen;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer detectionLag;

	private final TraceContexts traces;

	public ReleasePublisher(KafkaTemplate<String, ReleaseFetched> kafka, SeenReleases seen, Clock clock,
			MeterRegistry meters, TraceContexts traces) {
		this.kafka = kafka;
		this.traces = traces;
		this.seen = seen;
		this.clock = clock;
		this.meters = meters;
		this.detectionLag = Timer.builder("kremlinwatch.ingest.detection.lag")
			.description("Time from a release's publication by the Kremlin to its publication here")
			.register(meters);
	}

	/**
	 * Publishes {@code page} unless its current text was already published. Synchronized
	 * because two sources may see the same release; the revision check and the write must
	 * not interleave.
	 */
	public synchronized PublishOutcome publish(ParsedPage page) {
		String releaseId = ReleaseIds.of(page.lang(), page.kremlinId());
		String hash = page.contentHash();
		Instant now = this.clock.instant();
		Optional<Seen> known = this.seen.find(releaseId);
		if (known.isPresent() && known.get().contentHash().equals(hash)) {
			this.seen.stillThere(releaseId, now);
			return PublishOutcome.UNCHANGED;
		}
		// The first span of the release's trace: the record sent from it carries the
		// context on.
		return this.traces.continuing("kremlinwatch.release.publish", null, releaseId,
				() -> publish(page, releaseId, hash, known, now));
	}

	private PublishOutcome publish(ParsedPage page, String releaseId, String hash, Optional<Seen> known, Instant now) {
		int revision = known.map((k) -> k.revision() + 1).orElse(1);
		Instant firstSeen = known.map(Seen::firstSeen).orElse(now);
		OffsetDateTime publishedAt = (page.publishedAt() != null) ? page.publishedAt() : MoscowTime.of(firstSeen);
		UUID eventId = UUID
			.nameUUIDFromBytes((releaseId + "#" + revision + "#" + hash).getBytes(StandardCharsets.UTF_8));
		ReleaseFetched event = new ReleaseFetched(eventId, now, releaseId, page.kremlinId(), page.lang(), page.url(),
				page.alternateUrl(), page.section(), page.title(), page.lead(), page.text(), publishedAt, page.place(),
				page.tags(), hash, revision);
		send(event);
		this.seen.published(releaseId, page.kremlinId(), page.lang().name(), revision, hash, page.url(), now);
		PublishOutcome outcome = (revision == 1) ? PublishOutcome.NEW : PublishOutcome.REVISION;
		this.meters.counter("kremlinwatch.ingest.releases.published", "kind", outcome.name().toLowerCase()).increment();
		if (outcome == PublishOutcome.NEW && !page.announcement()) {
			Duration lag = Duration.between(publishedAt.toInstant(), now);
			if (!lag.isNegative()) {
				this.detectionLag.record(lag);
			}
		}
		logger.info("Published {} revision {} ({}): {}", releaseId, revision, outcome.name().toLowerCase(),
				page.title());
		return outcome;
	}

	/**
	 * Whether some revision of release {@code kremlinId} in {@code lang} was published.
	 */
	public boolean known(Lang lang, long kremlinId) {
		return this.seen.find(ReleaseIds.of(lang, kremlinId)).isPresent();
	}

	private void send(ReleaseFetched event) {
		try {
			this.kafka.send(Topics.RELEASES_FETCHED_V1, event.releaseId(), event)
				.get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PublishFailedException("interrupted while publishing " + event.releaseId(), ex);
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			throw new PublishFailedException("Kafka did not acknowledge " + event.releaseId() + " revision "
					+ event.revision() + "; it stays unseen and is retried next poll", ex);
		}
	}

}
