package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A cue pattern with the words one of which any match must contain. Checking those with
 * {@code String.contains} first spares the regular expression, which tries every
 * alternative at every position, on the many sentences that cannot match.
 *
 * @param pattern the cue
 * @param lowerCase the cue without case folding, to try on lower-cased text: every cue is
 * written in lower case, and comparing characters as they are is cheaper than folding
 * each
 * @param needles lower-case strings of which every match of {@code pattern} contains at
 * least one
 */
record Cue(Pattern pattern, Pattern lowerCase, List<String> needles) {

	Cue(Pattern pattern, String... needles) {
		this(pattern, Pattern.compile(pattern.pattern(), pattern.flags() & ~Pattern.CASE_INSENSITIVE),
				List.of(needles));
	}

	/** Whether the cue occurs in {@code text}. */
	boolean in(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		return possibleIn(lower) && this.lowerCase.matcher(lower).find();
	}

	/** Whether the cue occurs in {@code text}, given also lower-cased. */
	boolean in(String text, String lowerCaseText) {
		return possibleIn(lowerCaseText) && this.lowerCase.matcher(lowerCaseText).find();
	}

	/** Whether a text, lower-cased, contains one of the needles. */
	boolean possibleIn(String lowerCaseText) {
		for (String needle : this.needles) {
			if (lowerCaseText.contains(needle)) {
				return true;
			}
		}
		return false;
	}

}
