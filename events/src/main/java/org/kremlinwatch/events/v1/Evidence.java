package org.kremlinwatch.events.v1;

import java.util.Objects;

/**
 * The sentence that proves a finding, with its character offsets in the text the
 * extractor read, {@link ReleaseTagged#text()} (lead and body; {@code start} inclusive,
 * {@code end} exclusive), so that a reader can highlight it in place.
 *
 * @param sentence the sentence as it stands in the text
 * @param start offset of its first character in the release text
 * @param end offset just past its last character
 */
public record Evidence(String sentence, int start, int end) {

	public Evidence {
		Objects.requireNonNull(sentence, "sentence");
		if (start < 0 || end < start) {
			throw new IllegalArgumentException(
					"evidence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
		}
	}

}
