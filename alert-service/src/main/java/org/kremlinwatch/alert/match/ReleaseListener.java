package org.kremlinwatch.alert.match;

import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Receives tagged releases, records the alerts they raise, then publishes them. */
@Component
class ReleaseListener {

	private final FilterCatalog catalog;

	private final AlertRecorder recorder;

	private final AlertPublisher publisher;

	ReleaseListener(FilterCatalog catalog, AlertRecorder recorder, AlertPublisher publisher) {
		this.catalog = catalog;
		this.recorder = recorder;
		this.publisher = publisher;
	}

	@KafkaListener(topics = Topics.RELEASES_TAGGED_V1)
	void onReleaseTagged(ReleaseTagged release) throws InterruptedException {
		this.catalog.refreshIfChanged();
		this.recorder.record(release);
		this.publisher.publishPending(release.releaseId());
	}

}
