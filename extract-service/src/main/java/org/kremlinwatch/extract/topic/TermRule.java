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
 * @param needles per group, per alternative, strings all of which a lower-cased sentence
 * holds when the alternative can occur in it (one per stem, see {@link #needle}), so that
 * a sentence without them need not be analyzed at all
 */
record TermRule(String source, List<List<List<String>>> groups, List<Integer> distances,
		List<List<List<String>>> needles) {

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
		List<List<List<String>>> needles = groups.stream()
			.map((group) -> group.stream()
				.map((phrase) -> phrase.stream().map((stem) -> needle(lang, stem)).distinct().toList())
				.distinct()
				.toList())
			.toList();
		return new TermRule(line, groups, distances, needles);
	}

	/**
	 * A string that every word with {@code stem} contains, once its ё is spelled е
	 * ({@link #folded}). The Russian stemmer only cuts endings and spells ё as е, so the
	 * stem starts the word. The English stemmer can also rewrite a word's last letters
	 * ("ability" gives "abl"): all but the stem's last letter are in the word.
	 */
	private static String needle(Lang lang, String stem) {
		return (lang == Lang.ru || stem.length() <= 1) ? stem : stem.substring(0, stem.length() - 1);
	}

	/** A sentence, lower-cased, with ё spelled е, as the Russian stemmer spells it. */
	static String folded(String lowerCaseSentence) {
		return (lowerCaseSentence.indexOf('ё') >= 0) ? lowerCaseSentence.replace('ё', 'е') : lowerCaseSentence;
	}

	/**
	 * Whether a sentence, lower-cased, can satisfy this rule: in every group, all the
	 * needles of one alternative occur (a phrase needs all its words).
	 */
	boolean possibleIn(String lowerCaseSentence) {
		String folded = folded(lowerCaseSentence);
		for (List<List<String>> group : this.needles) {
			boolean any = false;
			for (int i = 0; i < group.size() && !any; i++) {
				any = true;
				for (String needle : group.get(i)) {
					if (!folded.contains(needle)) {
						any = false;
						break;
					}
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
