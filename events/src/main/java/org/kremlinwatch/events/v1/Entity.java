package org.kremlinwatch.events.v1;

import java.util.Objects;

/**
 * A named entity found in a release, under its canonical English name whatever the
 * release's language (Путина -> Vladimir Putin).
 *
 * @param type what kind of entity it is
 * @param name canonical English name
 * @param mentions how many times the release mentions it
 */
public record Entity(EntityType type, String name, int mentions) {

	public Entity {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
	}

}
