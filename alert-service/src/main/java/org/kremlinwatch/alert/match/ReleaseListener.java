package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kremlinwatch.alert.delivery.DeliveriesQueued;
import org.kremlinwatch.alert.match.AlertRecorder.Recorded;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.support.kafka.DeadLetters;
import org.kremlinwatch.support.tracing.TraceContexts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Receives tagged releases a poll at a time, records the alerts they raise in one
 * database transaction, then publishes them. A release that cannot be read or recorded is
 * named by its index: the error handler commits the releases before it (recorded and
 * published here), retries it and, when that does not help, sends it to the dead-letter
 * topic, then carries on with the rest.
 */
@Component
class ReleaseListener {

	private final FilterCatalog catalog;

	private final AlertRecorder recorder;

	private final AlertPublisher publisher;

	private final ApplicationEventPublisher events;

	ReleaseListener(FilterCatalog catalog, AlertRecorder recorder, AlertPublisher publisher,
			ApplicationEventPublisher events) {
		this.events = events;
		this.catalog = catalog;
		this.recorder = recorder;
		this.publisher = publisher;
	}

	@KafkaListener(topics = Topics.RELEASES_TAGGED_V1)
	void onReleasesTagged(List<ConsumerRecord<String, ReleaseTagged>> records) throws InterruptedException {
		this.catalog.refreshIfChanged();
		List<ReleaseTagged> releases = new ArrayList<>(records.size());
		List<String> traceparents = new ArrayList<>(records.size());
		RuntimeException unreadable = null;
		for (ConsumerRecord<String, ReleaseTagged> record : records) {
			if (record.value() == null) {
				unreadable = DeadLetters.unreadable(record);
				break;
			}
			releases.add(record.value());
			traceparents.add(TraceContexts.traceparent(record.headers()));
		}
		Recorded recorded = this.recorder.record(releases, traceparents);
		// Committed: the outbox may send them now rather than at its next poll.
		this.events.publishEvent(new DeliveriesQueued(recorded.alerts().size()));
		this.publisher
			.publishPending(releases.subList(0, recorded.count()).stream().map(ReleaseTagged::releaseId).toList());
		RuntimeException failure = (recorded.failure() != null) ? recorded.failure() : unreadable;
		if (failure != null) {
			int index = recorded.count();
			throw new BatchListenerFailedException("could not record " + records.get(index).key(), failure, index);
		}
	}

}
