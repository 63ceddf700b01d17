package org.kremlinwatch.extract.listener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

import org.springframework.stereotype.Component;

/**
 * The service's meters: releases tagged, topics by taxonomy id, events by type and the
 * time taken per release. Tag values are bounded by the taxonomy and the event types.
 */
@Component
class ExtractMetrics {

	private final MeterRegistry registry;

	private final Counter tagged;

	private final Timer processing;

	ExtractMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.tagged = Counter.builder("kremlinwatch.extract.releases.tagged")
			.description("Releases tagged and published")
			.register(registry);
		this.processing = Timer.builder("kremlinwatch.extract.processing")
			.description("Time to extract and publish one release")
			.register(registry);
	}

	Timer processing() {
		return this.processing;
	}

	void record(ReleaseTagged tagged) {
		this.tagged.increment();
		for (TopicMatch topic : tagged.topics()) {
			this.registry.counter("kremlinwatch.extract.topics", "topic", topic.id()).increment();
		}
		for (ExtractedEvent event : tagged.events()) {
			this.registry.counter("kremlinwatch.extract.events", "type", event.type().name()).increment();
		}
	}

}
