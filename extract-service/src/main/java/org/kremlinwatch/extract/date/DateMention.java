package org.kremlinwatch.extract.date;

import java.time.LocalDate;

/**
 * A date expression in a sentence, resolved to calendar days.
 *
 * @param start offset of its first character in the sentence
 * @param end offset just past its last character
 * @param from first day, {@code null} when it cannot be resolved
 * @param to last day, equal to {@code from} for one day, {@code null} when unresolved
 */
public record DateMention(int start, int end, LocalDate from, LocalDate to) {

	/** Whether it resolved to calendar days. */
	public boolean resolved() {
		return this.from != null;
	}

}
