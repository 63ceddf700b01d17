package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;

/**
 * A taxonomy rule over analyzed text, like an EMM category rule: groups of alternatives
 * ({@code expansion|enlargement|open door}, a phrase being words in a row) joined by
 * {@code ~N}, each group within N words of the one before, in either order. Words are
 * stemmed by the language's analyzer, so "NATO ~5 expansion|eastward" also matches
 * "NATO's further eastward advance" and «расширения альянса».
 *
 * @param source the line as written
 * @param groups per group, its alternatives as stemmed phrases
 * @param distances the allowed distance before each group after the first
 * @param needles per group, strings one of which a lower-cased sentence holds when the
 * group can occur in it: each alternative's first stem less its last letter (the stemmers
 * only cut endings, or turn a last "y" into "i"), so that a sentence without them need
 * not be analyzed at all
 */
record TermRule(String source, List<List<List<String>>> groups, List<Integer> distances, List<List<String>> needles) {

	private static final Pattern NEAR = Pattern.compile("\\s+~(\\d+)\\s+");

	static TermRule parse(Lang lang, String line) {
		List<List<List<String>>> groups = new ArrayList<>();
		List<Integer> distances = new ArrayList<>();
		Matcher near = NEAR.matcher(line);
		int from = 0;
		while (near.find()) {
			groups.add(group(lang, line.substring(from, near.start()), line));
			distances.add(Integer.parseInt(near.group(1)));
			from = near.end();
		}
		groups.add(group(lang, line.substring(from), line));
		List<List<String>> needles = groups.stream()
			.map((group) -> group.stream()
				.map((phrase) -> phrase.get(0))
				.map((stem) -> (stem.length() > 1) ? stem.substring(0, stem.length() - 1) : stem)
				.distinct()
				.toList())
			.toList();
		return new TermRule(line, groups, distances, needles);
	}

	/** Whether a sentence, lower-cased, can satisfy this rule: see {@code needles}. */
	boolean possibleIn(String lowerCaseSentence) {
		for (List<String> group : this.needles) {
			boolean any = false;
			for (String needle : group) {
				if (lowerCaseSentence.contains(needle)) {
					any = true;
					break;
				}
			}
			if (!any) {
				return false;
			}
		}
		return true;
	}

	private static List<List<String>> group(Lang lang, String alternatives, String line) {
		List<List<String>> phrases = new ArrayList<>();
		for (String alternative : alternatives.split("\\|")) {
			List<String> stems = Stems.of(lang, alternative.trim()).stems();
			if (stems.isEmpty()) {
				throw new IllegalArgumentException("'" + alternative + "' is only stop words in rule: " + line);
			}
			phrases.add(stems);
		}
		return phrases;
	}

	boolean matches(Stems text) {
		List<Integer> previous = positions(text, this.groups.get(0));
		for (int g = 1; g < this.groups.size() && !previous.isEmpty(); g++) {
			List<Integer> current = positions(text, this.groups.get(g));
			int distance = this.distances.get(g - 1);
			List<Integer> near = new ArrayList<>();
			for (int position : current) {
				if (previous.stream().anyMatch((p) -> Math.abs(p - position) <= distance)) {
					near.add(position);
				}
			}
			previous = near;
		}
		return !previous.isEmpty();
	}

	private static List<Integer> positions(Stems text, List<List<String>> alternatives) {
		List<Integer> positions = new ArrayList<>();
		for (List<String> phrase : alternatives) {
			positions.addAll(text.find(phrase));
		}
		return positions;
	}

	@Override
	public String toString() {
		return this.source + " " + Arrays.toString(this.groups.toArray());
	}

}
