package org.kremlinwatch.extract.listener;

import java.time.Clock;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.extract.engine.Tagger;
import org.kremlinwatch.support.kafka.DeadLetters;
import org.kremlinwatch.support.tracing.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.stereotype.Component;

/**
 * Receives fetched releases a poll at a time, has the engine tag them and publishes the
 * results, keyed by release id. The container runs each batch in one Kafka transaction,
 * so the tagged records and the consumed offsets are committed together: exactly once, at
 * the cost of one commit per poll instead of one per release. A record that fails is
 * named by its index; {@link BatchRollbackProcessor} decides whether it is retried or, in
 * the batch that follows, sent to the dead-letter topic.
 */
@Component
class ReleaseListener {

	private static final Logger logger = LoggerFactory.getLogger(ReleaseListener.class);

	private final Tagger tagger;

	private final KafkaTemplate<String, Object> template;

	private final ExtractMetrics metrics;

	private final BatchRollbackProcessor failures;

	private final ConsumerRecordRecoverer deadLetters;

	private final Clock clock;

	private final TraceContexts traces;

	ReleaseListener(Tagger tagger, KafkaTemplate<String, Object> template, ExtractMetrics metrics,
			BatchRollbackProcessor failures, ConsumerRecordRecoverer deadLetterRecoverer, TraceContexts traces) {
		this.tagger = tagger;
		this.traces = traces;
		this.template = template;
		this.metrics = metrics;
		this.failures = failures;
		this.deadLetters = deadLetterRecoverer;
		this.clock = Clock.systemUTC();
	}

	@KafkaListener(topics = Topics.RELEASES_FETCHED_V1)
	void onReleasesFetched(List<ConsumerRecord<String, ReleaseFetched>> records) {
		for (int i = 0; i < records.size(); i++) {
			ConsumerRecord<String, ReleaseFetched> record = records.get(i);
			Exception condemned = this.failures.takeCondemned(record);
			if (condemned != null) {
				// In this transaction: the dead letter commits with the offsets.
				this.deadLetters.accept(record, condemned);
				continue;
			}
			try {
				// Spring Kafka observes no single record of a batch: this span continues
				// the
				// release's trace, and the tagged record sent from it carries the context
				// on.
				this.traces.forRecord("kremlinwatch.release.tag", record).observe(() -> tag(record));
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException("could not tag " + record.key(), ex, i);
			}
		}
	}

	private void tag(ConsumerRecord<String, ReleaseFetched> record) {
		ReleaseFetched release = record.value();
		if (release == null) {
			throw DeadLetters.unreadable(record);
		}
		ReleaseTagged tagged = this.metrics.processing().record(() -> this.tagger.tag(release, this.clock.instant()));
		this.template.send(Topics.RELEASES_TAGGED_V1, tagged.releaseId(), tagged);
		this.metrics.record(tagged);
		logger.info("Tagged {} revision {}: {} topics, {} events", tagged.releaseId(), tagged.revision(),
				tagged.topics().size(), tagged.events().size());
	}

}
