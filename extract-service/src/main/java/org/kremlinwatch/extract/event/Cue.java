package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.NeedleScan;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

/**
 * A cue pattern with the words one of which any match must contain. Checking those with
 * {@code String.contains} first spares the regular expression, which tries every
 * alternative at every position, on the many sentences that cannot match.
 *
 * @param finder the cue as a pattern tried only where a match can start: for finding
 * where it starts and for blanking its matches out
 * @param needles lower-case strings of which every match of {@code pattern} contains at
 * least one
 * @param families the cue's families, each tried alone behind its own needles; a cue of
 * one piece is one family, and {@code pattern} is the alternation of all
 * @param scan the needles of each family, found in one pass over a sentence ({@code null}
 * for a cue of one piece, whose few needles {@code String.contains} finds faster)
 */
record Cue(Finder finder, String[] needles, List<Family> families, NeedleScan scan) {

	/** A cue of one piece: {@code regex} (whole words, lower case) behind its needles. */
	static Cue of(String regex, String... needles) {
		return new Cue(Finder.of(Patterns.words(regex)), needles, List.of(new Family(regex, needles)), null);
	}

	/**
	 * A cue made of families, each tried only where its own needles occur: one long
	 * alternation behind the needles of all families would run on most sentences, since
	 * some family always has a common word among its needles.
	 */
	static Cue ofFamilies(List<Family> families) {
		// Each family is one bit of a long (possibleFamilies, CueScan.Hits).
		if (families.size() > Long.SIZE) {
			throw new IllegalArgumentException(
					"a cue holds at most " + Long.SIZE + " families, not " + families.size() + ": split it in two");
		}
		Pattern pattern = Patterns.words(String.join("|", families.stream().map(Family::regex).toList()));
		String[] needles = families.stream().flatMap((f) -> f.needles().stream()).distinct().toArray(String[]::new);
		return new Cue(Finder.of(pattern), needles, families,
				new NeedleScan(families.stream().map(Family::needles).toList()));
	}

	/** The cue as a whole-word pattern: the alternation of its families. */
	Pattern pattern() {
		return this.finder.pattern();
	}

	/**
	 * {@code text} with every match of the cue blanked by as many spaces, so that offsets
	 * into it still hold.
	 */
	String blanked(String text) {
		return this.finder.blanked(text);
	}

	/** Whether the cue occurs in {@code text}. */
	boolean in(String text) {
		return in(text, text.toLowerCase(Locale.ROOT));
	}

	/** Whether the cue occurs in {@code text}, given also lower-cased. */
	boolean in(String text, String lowerCaseText) {
		return in(text, lowerCaseText, null);
	}

	/**
	 * Whether the cue occurs in {@code text}, given also lower-cased, with the needles
	 * the scan of that very text found; {@code null} to look for them here (a sentence
	 * changed after its scan, say).
	 */
	boolean in(String text, String lowerCaseText, CueScan.Hits hits) {
		for (long possible = possibleFamilies(lowerCaseText, hits); possible != 0; possible &= possible - 1) {
			if (this.families.get(Long.numberOfTrailingZeros(possible)).matches(lowerCaseText)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Where the first match of the cue in {@code text} starts, or -1: as
	 * {@code pattern().matcher(text).find()} tells, since the leftmost match of an
	 * alternation is the leftmost of its alternatives' leftmost matches, but with only
	 * the alternatives whose needles occur tried.
	 */
	int start(String text, String lowerCaseText, CueScan.Hits hits) {
		int first = -1;
		for (long possible = possibleFamilies(lowerCaseText, hits); possible != 0; possible &= possible - 1) {
			Family family = this.families.get(Long.numberOfTrailingZeros(possible));
			if (!family.alsoIn(lowerCaseText)) {
				continue;
			}
			for (Alternative alternative : family.alternatives()) {
				int at = alternative.start(text, lowerCaseText);
				if (at >= 0 && (first < 0 || at < first)) {
					first = at;
				}
			}
		}
		return first;
	}

	/**
	 * The needles of each family, one group each, as a {@link CueScan} holds them: a cue
	 * of one piece has one.
	 */
	List<List<String>> needleGroups() {
		return (this.scan != null) ? this.families.stream().map(Family::needles).toList()
				: List.of(List.of(this.needles));
	}

	/**
	 * The families whose needles occur in a text, lower-cased: one bit each, in order.
	 */
	private long possibleFamilies(String lowerCaseText, CueScan.Hits hits) {
		long scanned = (hits != null) ? hits.families(this) : -1;
		if (scanned >= 0) {
			return scanned;
		}
		if (this.scan != null) {
			return this.scan.in(lowerCaseText);
		}
		return Scans.containsAny(lowerCaseText, this.needles) ? 1 : 0;
	}

	/**
	 * One family of a cue: its alternatives and the lower-case strings of which each of
	 * its matches contains at least one.
	 *
	 * @param regex the family's alternatives, lower case
	 * @param alternatives each top-level alternative of {@code regex} alone, tried only
	 * where its own literal words occur: of a family such as "a response promised" only
	 * one or two of some twenty alternatives can match a sentence that holds "respond"
	 * @param needles the strings one of which every match contains
	 * @param also a second group of strings one of which every match contains as well, or
	 * empty: a family whose needles are common words ("inflation", "allow") but whose
	 * matches also need a rarer one (a side named, a hostile verb) runs only where both
	 * occur (round 17)
	 */
	record Family(String regex, List<Alternative> alternatives, List<String> needles, String[] also) {

		Family(String regex, String... needles) {
			this(regex, Patterns.alternatives(regex).stream().map(Alternative::of).toList(), List.of(needles),
					new String[0]);
		}

		/**
		 * A family tried only where one of {@code needles} and one of {@code also} occur.
		 */
		static Family gated(String regex, List<String> also, String... needles) {
			return new Family(regex, Patterns.alternatives(regex).stream().map(Alternative::of).toList(),
					List.of(needles), also.toArray(String[]::new));
		}

		/** Whether one of the second group occurs, or there is none. */
		boolean alsoIn(String lowerCaseText) {
			return this.also.length == 0 || Scans.containsAny(lowerCaseText, this.also);
		}

		/**
		 * Whether the family matches a text, lower-cased, that holds one of its needles.
		 * A match of the whole alternation is a match of one of its alternatives, so
		 * trying them one by one decides the same.
		 */
		boolean matches(String lowerCaseText) {
			if (!alsoIn(lowerCaseText)) {
				return false;
			}
			for (Alternative alternative : this.alternatives) {
				if (alternative.matches(lowerCaseText)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One alternative of a family.
	 *
	 * @param pattern the alternative as a whole-word pattern
	 * @param lowerCase the same without case folding, to try on lower-cased text
	 * @param needles groups of literal strings every match contains one of each of
	 * ({@link Patterns#requiredNeedles(String)}); none when it has no literal
	 */
	record Alternative(Finder pattern, Finder lowerCase, String[][] needles) {

		static Alternative of(String regex) {
			String[][] needles = Patterns.requiredNeedles(regex)
				.stream()
				.map((group) -> group.stream().map((n) -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new))
				.toArray(String[][]::new);
			// Every cue is written in lower case: tried on lower-cased text, it needs
			// no case folding.
			return new Alternative(Finder.of(Patterns.words(regex)), Finder.of(Patterns.lowerCaseWords(regex)),
					needles);
		}

		boolean matches(String lowerCaseText) {
			return possibleIn(lowerCaseText) && this.lowerCase.find(lowerCaseText);
		}

		/** Where its first match in {@code text} starts, or -1. */
		int start(String text, String lowerCaseText) {
			if (!possibleIn(lowerCaseText)) {
				return -1;
			}
			return this.pattern.start(text);
		}

		private boolean possibleIn(String lowerCaseText) {
			for (String[] group : this.needles) {
				if (!Scans.containsAny(lowerCaseText, group)) {
					return false;
				}
			}
			return true;
		}

	}

}
