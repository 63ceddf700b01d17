package org.kremlinwatch.extract.entity;

import org.kremlinwatch.events.v1.EntityType;

/**
 * Where an entity is named in a text.
 *
 * @param name canonical English name
 * @param type what it is
 * @param start offset of the first character
 * @param end offset just past the last character
 */
public record Mention(String name, EntityType type, int start, int end) {

	boolean contains(Mention other) {
		return this.start <= other.start && other.end <= this.end && length() > other.length();
	}

	int length() {
		return this.end - this.start;
	}

}
