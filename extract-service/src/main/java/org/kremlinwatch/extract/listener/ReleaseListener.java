package org.kremlinwatch.extract.listener;

import java.time.Clock;

import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.extract.engine.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Receives fetched releases, has the engine tag them and publishes the result, keyed by
 * release id. The container runs this in a Kafka transaction, so the tagged record and
 * the consumed offset are committed together: exactly once.
 */
@Component
class ReleaseListener {

	private static final Logger logger = LoggerFactory.getLogger(ReleaseListener.class);

	private final Tagger tagger;

	private final KafkaTemplate<String, Object> template;

	private final ExtractMetrics metrics;

	private final Clock clock;

	ReleaseListener(Tagger tagger, KafkaTemplate<String, Object> template, ExtractMetrics metrics) {
		this.tagger = tagger;
		this.template = template;
		this.metrics = metrics;
		this.clock = Clock.systemUTC();
	}

	@KafkaListener(topics = Topics.RELEASES_FETCHED_V1)
	void onReleaseFetched(ReleaseFetched release) {
		ReleaseTagged tagged = this.metrics.processing().record(() -> this.tagger.tag(release, this.clock.instant()));
		this.template.send(Topics.RELEASES_TAGGED_V1, tagged.releaseId(), tagged);
		this.metrics.record(tagged);
		logger.debug("Tagged {} revision {}: {} topics, {} events", tagged.releaseId(), tagged.revision(),
				tagged.topics().size(), tagged.events().size());
	}

}
