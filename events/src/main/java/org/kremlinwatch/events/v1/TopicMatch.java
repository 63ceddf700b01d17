package org.kremlinwatch.events.v1;

import java.util.List;
import java.util.Objects;

/**
 * A topic of the taxonomy that a release is about.
 *
 * @param id taxonomy id, e.g. {@code sanctions}, {@code nato-expansion}
 * @param score confidence between 0 and 1
 * @param evidence the sentences that prove it, in text order
 */
public record TopicMatch(String id, double score, List<Evidence> evidence) {

	public TopicMatch {
		Objects.requireNonNull(id, "id");
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

}
