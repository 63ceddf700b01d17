package org.kremlinwatch.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.NeedleScan;
import org.kremlinwatch.extract.text.NeedleScan.Found;
import org.kremlinwatch.extract.text.Patterns;

/**
 * A cue pattern with the words one of which any match must contain. Finding those first
 * spares the regular expression, which tries every alternative at every position, on the
 * many sentences that cannot match.
 *
 * @param pattern the cue, for finding where it starts
 * @param families the cue's families, each tried alone behind its own needles; a cue of
 * one piece is one family, and {@code pattern} is the alternation of all
 * @param gates the needles of every family, of every family's second group and of every
 * alternative, found in one pass over a text
 */
record Cue(Pattern pattern, List<Family> families, Gates gates) {

	/** A cue of one piece: {@code regex} (whole words, lower case) behind its needles. */
	static Cue of(String regex, String... needles) {
		return new Cue(Patterns.words(regex), List.of(new Family(regex, needles)));
	}

	/**
	 * A cue made of families, each tried only where its own needles occur: one long
	 * alternation behind the needles of all families would run on most sentences, since
	 * some family always has a common word among its needles.
	 */
	static Cue ofFamilies(List<Family> families) {
		return new Cue(Patterns.words(String.join("|", families.stream().map(Family::regex).toList())), families);
	}

	private Cue(Pattern pattern, List<Family> families) {
		this(pattern, families, Gates.of(families));
	}

	/** Whether the cue occurs in {@code text}. */
	boolean in(String text) {
		return in(text, text.toLowerCase(Locale.ROOT));
	}

	/** Whether the cue occurs in {@code text}, given also lower-cased. */
	boolean in(String text, String lowerCaseText) {
		Found found = this.gates.scan().all(lowerCaseText);
		for (int f = 0; f < this.families.size(); f++) {
			if (!this.gates.open(found, f)) {
				continue;
			}
			List<Alternative> alternatives = this.families.get(f).alternatives();
			for (int a = 0; a < alternatives.size(); a++) {
				if (this.gates.open(found, f, a) && alternatives.get(a).lowerCase().matcher(lowerCaseText).find()) {
					return true;
				}
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
	int start(String text, String lowerCaseText) {
		Found found = this.gates.scan().all(lowerCaseText);
		int first = -1;
		for (int f = 0; f < this.families.size(); f++) {
			if (!this.gates.open(found, f)) {
				continue;
			}
			List<Alternative> alternatives = this.families.get(f).alternatives();
			for (int a = 0; a < alternatives.size(); a++) {
				if (this.gates.open(found, f, a)) {
					Matcher matcher = alternatives.get(a).pattern().matcher(text);
					int at = matcher.find() ? matcher.start() : -1;
					if (at >= 0 && (first < 0 || at < first)) {
						first = at;
					}
				}
			}
		}
		return first;
	}

	/**
	 * The needle groups of a cue in one scan: family {@code f}'s needles are group
	 * {@code f}; its second group and each of its alternatives' needles have the group
	 * given here, or -1 when there are none to ask for (no second group, an alternative
	 * without a literal word).
	 *
	 * @param scan the scan of all groups
	 * @param also per family, the group of its second needles or -1
	 * @param alternatives per family, per alternative, the group of its needles or -1
	 */
	record Gates(NeedleScan scan, int[] also, int[][] alternatives) {

		static Gates of(List<Family> families) {
			List<List<String>> groups = new ArrayList<>();
			families.forEach((family) -> groups.add(family.needles()));
			int[] also = new int[families.size()];
			int[][] alternatives = new int[families.size()][];
			for (int f = 0; f < families.size(); f++) {
				Family family = families.get(f);
				also[f] = family.also().isEmpty() ? -1 : add(groups, family.also());
				alternatives[f] = family.alternatives()
					.stream()
					.mapToInt(
							(alternative) -> (alternative.needles() != null) ? add(groups, alternative.needles()) : -1)
					.toArray();
			}
			return new Gates(new NeedleScan(groups), also, alternatives);
		}

		private static int add(List<List<String>> groups, List<String> needles) {
			groups.add(needles);
			return groups.size() - 1;
		}

		/** Whether family {@code f} may match: its needles and its second group occur. */
		boolean open(Found found, int f) {
			return found.has(f) && (this.also[f] < 0 || found.has(this.also[f]));
		}

		/** Whether alternative {@code a} of family {@code f} may match. */
		boolean open(Found found, int f, int a) {
			int group = this.alternatives[f][a];
			return group < 0 || found.has(group);
		}

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
	record Family(String regex, List<Alternative> alternatives, List<String> needles, List<String> also) {

		Family(String regex, String... needles) {
			this(regex, Patterns.alternatives(regex).stream().map(Alternative::of).toList(), List.of(needles),
					List.of());
		}

		/**
		 * A family tried only where one of {@code needles} and one of {@code also} occur.
		 */
		static Family gated(String regex, List<String> also, String... needles) {
			return new Family(regex, Patterns.alternatives(regex).stream().map(Alternative::of).toList(),
					List.of(needles), also);
		}

	}

	/**
	 * One alternative of a family.
	 *
	 * @param pattern the alternative as a whole-word pattern
	 * @param lowerCase the same without case folding, to try on lower-cased text
	 * @param needles the literal strings one of which every match contains
	 * ({@link Patterns#needles(String)}), or {@code null} when it has none
	 */
	record Alternative(Pattern pattern, Pattern lowerCase, List<String> needles) {

		static Alternative of(String regex) {
			List<String> needles = Patterns.needles(regex);
			// Every cue is written in lower case: tried on lower-cased text, it needs
			// no case folding.
			return new Alternative(Patterns.words(regex), Patterns.lowerCaseWords(regex),
					(needles != null) ? needles.stream().map((n) -> n.toLowerCase(Locale.ROOT)).toList() : null);
		}

	}

}
