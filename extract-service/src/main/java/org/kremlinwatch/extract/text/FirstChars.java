package org.kremlinwatch.extract.text;

/**
 * The characters every match of a regular expression starts with, where the expression
 * tells them plainly: a literal, a class of plain characters, or a group of such
 * alternatives, behind any lookarounds, word boundaries and a leading group of flags.
 * {@link Finder} tries a pattern only at the positions that hold one of them. Anything
 * less plain gives no set, and the pattern is tried everywhere.
 */
final class FirstChars {

	private FirstChars() {
	}

	/**
	 * The characters one of which starts every match of {@code regex}, each once, or
	 * {@code null} when that is not plain: an escape, a wildcard, an anchor, an optional
	 * first part, a class with ranges or escapes, inline flags or a possibly empty match.
	 */
	static String of(String regex) {
		String chars = alternation(regex, leadingFlagsEnd(regex), regex.length());
		if (chars == null) {
			return null;
		}
		StringBuilder distinct = new StringBuilder();
		chars.chars().distinct().forEach((c) -> distinct.append((char) c));
		return distinct.toString();
	}

	/**
	 * The flags a group such as {@code (?iuU)} at the very start of {@code regex} turns
	 * on, as {@link java.util.regex.Pattern} flags; 0 when there is none.
	 */
	static int leadingFlags(String regex) {
		int flags = 0;
		for (int i = 2; i < leadingFlagsEnd(regex) - 1; i++) {
			flags |= switch (regex.charAt(i)) {
				case 'i' -> java.util.regex.Pattern.CASE_INSENSITIVE;
				case 'u' -> java.util.regex.Pattern.UNICODE_CASE;
				case 'U' -> java.util.regex.Pattern.UNICODE_CHARACTER_CLASS | java.util.regex.Pattern.UNICODE_CASE;
				default -> 0;
			};
		}
		return flags;
	}

	/** Where the expression goes on after a leading group of flags turned on, or 0. */
	private static int leadingFlagsEnd(String regex) {
		if (!regex.startsWith("(?")) {
			return 0;
		}
		int i = 2;
		while (i < regex.length() && "idmsuxU".indexOf(regex.charAt(i)) >= 0) {
			i++;
		}
		return (i > 2 && i < regex.length() && regex.charAt(i) == ')') ? i + 1 : 0;
	}

	private static String alternation(String regex, int from, int to) {
		StringBuilder all = new StringBuilder();
		int start = from;
		for (int end : Needles.alternativeEnds(regex, from, to)) {
			String first = sequence(regex, start, end);
			if (first == null) {
				return null;
			}
			all.append(first);
			start = end + 1;
		}
		return all.toString();
	}

	private static String sequence(String regex, int from, int to) {
		int i = from;
		while (i < to) {
			char c = regex.charAt(i);
			if (regex.startsWith("(?=", i) || regex.startsWith("(?!", i) || regex.startsWith("(?<=", i)
					|| regex.startsWith("(?<!", i)) {
				// A lookaround reads without consuming: the match starts after it.
				i = Needles.groupEnd(regex, i) + 1;
				if (i < to && isQuantifier(regex, i)) {
					return null;
				}
				continue;
			}
			if (regex.startsWith("\\b", i)) {
				// a word boundary reads without consuming too
				i += 2;
				continue;
			}
			if (c == '(') {
				int inner = regex.startsWith("(?:", i) ? i + 3 : named(regex, i);
				if (regex.startsWith("(?", i) && inner < 0) {
					// inline flags or an atomic group
					return null;
				}
				int close = Needles.groupEnd(regex, i);
				if (optional(regex, close + 1, to)) {
					return null;
				}
				return alternation(regex, (inner >= 0) ? inner : i + 1, close);
			}
			if (c == '[') {
				int end = Needles.classEnd(regex, i);
				String members = regex.substring(i + 1, end);
				if (members.isEmpty() || members.startsWith("^") || members.contains("\\") || members.contains("[")
						|| members.contains("&&") || members.contains("-") || optional(regex, end + 1, to)) {
					return null;
				}
				return members;
			}
			if ("\\.^$|)+*?{}".indexOf(c) >= 0 || optional(regex, i + 1, to)) {
				return null;
			}
			return String.valueOf(c);
		}
		// nothing but lookarounds: the match may be empty
		return null;
	}

	/** Where a named group opened at {@code open} starts its content, or -1. */
	private static int named(String regex, int open) {
		if (!regex.startsWith("(?<", open) || open + 3 >= regex.length()
				|| !Character.isLetter(regex.charAt(open + 3))) {
			return -1;
		}
		return regex.indexOf('>', open) + 1;
	}

	/** Whether a quantifier at {@code i} lets what stands before it be left out. */
	private static boolean optional(String regex, int i, int to) {
		return i < to && (regex.charAt(i) == '?' || regex.charAt(i) == '*' || regex.startsWith("{0", i)
				|| regex.startsWith("{,", i));
	}

	private static boolean isQuantifier(String regex, int i) {
		return "?*+{".indexOf(regex.charAt(i)) >= 0;
	}

}
