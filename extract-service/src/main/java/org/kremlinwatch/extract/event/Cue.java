package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.Patterns;

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
 * @param families the cue's families, each tried alone behind its own needles (empty for
 * a cue of one piece); {@code pattern} is then their alternation, for finding where a cue
 * starts
 */
record Cue(Pattern pattern, Pattern lowerCase, List<String> needles, List<Family> families) {

	Cue(Pattern pattern, String... needles) {
		this(pattern, lowerCaseOf(pattern), List.of(needles), List.of());
	}

	/**
	 * A cue made of families, each tried only where its own needles occur: one long
	 * alternation behind the needles of all families would run on most sentences, since
	 * some family always has a common word among its needles.
	 */
	static Cue ofFamilies(List<Family> families) {
		Pattern pattern = Patterns.words(String.join("|", families.stream().map(Family::regex).toList()));
		List<String> needles = families.stream().flatMap((f) -> f.needles().stream()).distinct().toList();
		return new Cue(pattern, lowerCaseOf(pattern), needles, families);
	}

	private static Pattern lowerCaseOf(Pattern pattern) {
		return Pattern.compile(pattern.pattern(), pattern.flags() & ~Pattern.CASE_INSENSITIVE);
	}

	/** Whether the cue occurs in {@code text}. */
	boolean in(String text) {
		return in(text, text.toLowerCase(Locale.ROOT));
	}

	/** Whether the cue occurs in {@code text}, given also lower-cased. */
	boolean in(String text, String lowerCaseText) {
		if (this.families.isEmpty()) {
			return possibleIn(lowerCaseText) && this.lowerCase.matcher(lowerCaseText).find();
		}
		for (Family family : this.families) {
			if (family.in(lowerCaseText)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a text, lower-cased, contains one of the needles. */
	boolean possibleIn(String lowerCaseText) {
		return containsAny(lowerCaseText, this.needles);
	}

	private static boolean containsAny(String lowerCaseText, List<String> needles) {
		for (String needle : needles) {
			if (lowerCaseText.contains(needle)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * One family of a cue: its alternatives and the lower-case strings of which each of
	 * its matches contains at least one.
	 *
	 * @param regex the family's alternatives, lower case
	 * @param lowerCase the family as a whole-word pattern to try on lower-cased text
	 * @param needles the strings one of which every match contains
	 */
	record Family(String regex, Pattern lowerCase, List<String> needles) {

		Family(String regex, String... needles) {
			this(regex, lowerCaseOf(Patterns.words(regex)), List.of(needles));
		}

		boolean in(String lowerCaseText) {
			return containsAny(lowerCaseText, this.needles) && this.lowerCase.matcher(lowerCaseText).find();
		}

	}

}
