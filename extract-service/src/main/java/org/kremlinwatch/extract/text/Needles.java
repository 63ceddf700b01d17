package org.kremlinwatch.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal strings one of which every match of a regular expression contains. Unlike
 * {@link Patterns#anchors(String)} they need not start the match, so that a pattern such
 * as {@code (контр)?санкци\\w*} still has one ({@code санкци}); a text without any of
 * them cannot match, and the engine need not run the expression on it. Case is kept;
 * compare lower-cased. Optional parts, classes, escapes and lookarounds give no literal;
 * a group that must occur gives the literals of all its alternatives.
 */
final class Needles {

	private Needles() {
	}

	/** The needles of {@code regex}, or {@code null} when an alternative has none. */
	static List<String> of(String regex) {
		return alternation(regex, 0, regex.length());
	}

	private static List<String> alternation(String regex, int from, int to) {
		List<String> all = new ArrayList<>();
		int start = from;
		for (int end : alternativeEnds(regex, from, to)) {
			List<String> needles = sequence(regex, start, end);
			if (needles == null) {
				return null;
			}
			all.addAll(needles);
			start = end + 1;
		}
		return all;
	}

	/**
	 * Where each top-level alternative of {@code regex} between {@code from} and
	 * {@code to} ends: the index of each {@code |} outside groups and classes, then
	 * {@code to}. The next alternative starts one past each.
	 */
	static List<Integer> alternativeEnds(String regex, int from, int to) {
		List<Integer> ends = new ArrayList<>();
		int depth = 0;
		for (int i = from; i < to; i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				ends.add(i);
			}
		}
		ends.add(to);
		return ends;
	}

	/**
	 * Groups of needles every match of {@code regex} contains one of each of: for a
	 * regular expression of one alternative, every literal run and every group that must
	 * occur ({@code (bans?|embargo) (on|against) Russia} gives ban or embargo, and
	 * Russia), else the needles of {@link #of(String)} as one group. Empty when there are
	 * none.
	 */
	static List<List<String>> required(String regex) {
		if (alternativeEnds(regex, 0, regex.length()).size() > 1) {
			List<String> needles = of(regex);
			return (needles != null) ? List.of(needles) : List.of();
		}
		return candidates(regex, 0, regex.length());
	}

	/** The most selective needles of one alternative: a literal run or a whole group. */
	private static List<String> sequence(String regex, int from, int to) {
		List<String> best = null;
		for (List<String> candidate : candidates(regex, from, to)) {
			if (best == null || shortest(candidate) > shortest(best)) {
				best = candidate;
			}
		}
		return best;
	}

	/**
	 * Every literal run and every group that must occur in a match of one alternative, in
	 * order, each as the needles one of which a match contains.
	 */
	private static List<List<String>> candidates(String regex, int from, int to) {
		List<List<String>> best = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int i = from;
		while (i < to) {
			char c = regex.charAt(i);
			if (c == '(') {
				best = better(best, run);
				int close = groupEnd(regex, i);
				int after = close + 1;
				boolean optional = after < to
						&& (regex.charAt(after) == '?' || regex.charAt(after) == '*' || regex.startsWith("{0", after));
				// A lookaround, or a group of inline flags such as (?-iu:Газ), whose case
				// the lower-cased needles could not keep.
				boolean lookaround = regex.startsWith("(?=", i) || regex.startsWith("(?!", i)
						|| regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i)
						|| (regex.startsWith("(?", i) && i + 2 < to
								&& (Character.isLetter(regex.charAt(i + 2)) || regex.charAt(i + 2) == '-'));
				if (!optional && !lookaround) {
					int inner = regex.startsWith("(?:", i) ? i + 3 : i + 1;
					best = better(best, alternation(regex, inner, close));
				}
				i = skipQuantifier(regex, after, to);
			}
			else if (c == '?' || c == '*' || regex.startsWith("{0", i)) {
				// The character before is optional.
				if (run.length() > 0) {
					run.setLength(run.length() - 1);
				}
				best = better(best, run);
				i = skipQuantifier(regex, i, to);
			}
			else if (c == '\\' || c == '[' || c == '.' || c == '^' || c == '$' || c == '+' || c == '{') {
				best = better(best, run);
				i = (c == '\\') ? skipQuantifier(regex, i + 2, to)
						: (c == '[') ? skipQuantifier(regex, classEnd(regex, i) + 1, to) : skipQuantifier(regex, i, to);
			}
			else {
				run.append(c);
				i++;
			}
		}
		return better(best, run);
	}

	private static List<List<String>> better(List<List<String>> best, StringBuilder run) {
		List<String> candidate = (run.toString().strip().length() >= 2) ? List.of(run.toString()) : null;
		run.setLength(0);
		return better(best, candidate);
	}

	private static List<List<String>> better(List<List<String>> best, List<String> candidate) {
		if (candidate != null && !candidate.isEmpty()) {
			best.add(candidate);
		}
		return best;
	}

	private static int shortest(List<String> needles) {
		return needles.stream().mapToInt(String::length).min().orElse(0);
	}

	private static int skipQuantifier(String regex, int i, int to) {
		if (i < to && regex.charAt(i) == '{') {
			i = regex.indexOf('}', i) + 1;
		}
		else if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '*' || regex.charAt(i) == '+')) {
			i++;
		}
		// Lazy or possessive forms.
		if (i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
			i++;
		}
		return i;
	}

	static int classEnd(String regex, int open) {
		int i = open + 1;
		if (i < regex.length() && regex.charAt(i) == '^') {
			i++;
		}
		if (i < regex.length() && regex.charAt(i) == ']') {
			i++;
		}
		for (; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
			}
			else if (c == ']') {
				return i;
			}
		}
		throw new IllegalArgumentException("unclosed [ in " + regex);
	}

	static int groupEnd(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				i = classEnd(regex, i);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i;
			}
		}
		throw new IllegalArgumentException("unclosed ( in " + regex);
	}

}
