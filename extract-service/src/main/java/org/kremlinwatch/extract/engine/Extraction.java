package org.kremlinwatch.extract.engine;

import java.util.List;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * What the engine found in a release.
 *
 * @param topics taxonomy topics with evidence
 * @param entities named entities with mention counts
 * @param events meetings, warnings and calls with evidence
 */
public record Extraction(List<TopicMatch> topics, List<Entity> entities, List<ExtractedEvent> events) {

	public Extraction {
		topics = List.copyOf(topics);
		entities = List.copyOf(entities);
		events = List.copyOf(events);
	}

}
