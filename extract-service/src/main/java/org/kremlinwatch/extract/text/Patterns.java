package org.kremlinwatch.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles the regular expressions of the taxonomy, the gazetteer and the event rules the
 * same way: whole words only, {@code \w} covering Cyrillic, so that a stem such as
 * {@code санкци\w*} matches санкции, санкций and санкциями but not a longer word that
 * merely contains it.
 */
public final class Patterns {

	private Patterns() {
	}

	/** A case-insensitive whole-word pattern. */
	public static Pattern words(String regex) {
		return Pattern.compile(bounded(regex),
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
	}

	/**
	 * A whole-word pattern written in lower case, to try on lower-cased text: it matches
	 * there what {@link #words(String)} matches in the text, without folding the case of
	 * each character (which costs more).
	 */
	public static Pattern lowerCaseWords(String regex) {
		return Pattern.compile(bounded(regex), Pattern.UNICODE_CHARACTER_CLASS);
	}

	/**
	 * {@link #lowerCaseWords(String)} of a case-insensitive whole-word {@code regex}
	 * written in any case, or {@code null} when lower-casing its literals might change
	 * what it matches: a class of upper or lower case letters, quoting, a character given
	 * by its code, back references by name, flags switched off, or a letter whose lower
	 * case depends on its context. The letters are lower-cased, escapes ({@code \\W},
	 * {@code \\p{L}}) are kept.
	 */
	public static Pattern lowerCaseWordsOf(String regex) {
		if (CASE_BOUND.matcher(regex).find()) {
			return null;
		}
		StringBuilder lower = new StringBuilder(regex.length());
		for (int i = 0; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\' && i + 1 < regex.length()) {
				char escaped = regex.charAt(i + 1);
				int end = ((escaped == 'p' || escaped == 'P') && i + 2 < regex.length() && regex.charAt(i + 2) == '{')
						? regex.indexOf('}', i) : i + 1;
				if (end < 0) {
					return null;
				}
				lower.append(regex, i, end + 1);
				i = end;
			}
			else {
				lower.append(Character.toLowerCase(c));
			}
		}
		return lowerCaseWords(lower.toString());
	}

	/** What {@link #lowerCaseWordsOf(String)} does not lower-case safely. */
	private static final Pattern CASE_BOUND = Pattern
		.compile("\\\\[pP]\\{(Is|java)?(Lu|Ll|Lt|Upper|Lower|Title|UpperCase|LowerCase|TitleCase|Uppercase|Lowercase|"
				+ "Titlecase)\\}|\\\\[Qxuc0N]|\\\\k<|\\(\\?[a-zA-Z]*-|[\u0130\u03a3\u1e9e]");

	/**
	 * A matcher of {@code pattern} over the words of {@code text} from {@code at} (kept
	 * inside the text) to its end: what follows an event's cue. {@code ^} is {@code at}.
	 */
	public static Matcher after(Pattern pattern, String text, int at) {
		return pattern.matcher(text).region(Math.max(0, Math.min(at, text.length())), text.length());
	}

	/**
	 * A case-sensitive whole-word pattern, for names: "US" is the United States, "us" is
	 * not.
	 */
	public static Pattern names(String regex) {
		return Pattern.compile(bounded(regex), Pattern.UNICODE_CHARACTER_CLASS);
	}

	/**
	 * The literal text each top-level alternative of {@code regex} must start with
	 * ({@code Путин\\w*|Владимир\\w* Путин} gives Путин and Владимир), or {@code null}
	 * when an alternative has no literal start of two characters or more. A text that
	 * contains none of them cannot match, which lets the engine skip most rules on most
	 * texts.
	 */
	public static java.util.List<String> anchors(String regex) {
		return anchors(regex, 2);
	}

	/**
	 * Like {@link #anchors(String)}, with literal starts as short as {@code minLength}:
	 * even one letter ("В" of «В.В.Путин») spares trying a case-sensitive name at most
	 * positions.
	 */
	public static java.util.List<String> anchors(String regex, int minLength) {
		java.util.List<String> anchors = new java.util.ArrayList<>();
		int start = 0;
		for (int end : Needles.alternativeEnds(regex, 0, regex.length())) {
			for (String prefix : literalPrefixes(regex.substring(start, end))) {
				if (prefix.length() < minLength) {
					return null;
				}
				if (!anchors.contains(prefix)) {
					anchors.add(prefix);
				}
			}
			start = end + 1;
		}
		return anchors;
	}

	/**
	 * Literal strings one of which every match of {@code regex} contains, or {@code null}
	 * when none are found: see {@link Needles}.
	 */
	public static java.util.List<String> needles(String regex) {
		return Needles.of(regex);
	}

	/**
	 * Groups of literal strings every match of {@code regex} contains one of each of: see
	 * {@link Needles#required(String)}. Asking for all of them spares more expressions
	 * than asking for the most selective one.
	 */
	public static java.util.List<java.util.List<String>> requiredNeedles(String regex) {
		return Needles.required(regex);
	}

	/**
	 * The top-level alternatives of {@code regex}: {@code a|(b|c)d} gives {@code a} and
	 * {@code (b|c)d}. A text holds a match of the whole exactly when it holds a match of
	 * one of them, so each can be tried alone behind its own needles.
	 */
	public static java.util.List<String> alternatives(String regex) {
		java.util.List<String> alternatives = new java.util.ArrayList<>();
		int start = 0;
		for (int end : Needles.alternativeEnds(regex, 0, regex.length())) {
			alternatives.add(regex.substring(start, end));
			start = end + 1;
		}
		return alternatives;
	}

	/** At most this many literal starts per alternative: past that, the common part. */
	private static final int MAX_PREFIXES = 8;

	/**
	 * The literal texts one of which each match of an alternative starts with. A class of
	 * a few plain characters ({@code F[eé]lix}) or a character left out or not
	 * ({@code Moh?ammed}) gives one start for each spelling, so that a rare name is not
	 * tried at every capital F; escaped punctuation ({@code U\.S\.}) is literal.
	 */
	private static java.util.List<String> literalPrefixes(String alternative) {
		java.util.List<StringBuilder> prefixes = new java.util.ArrayList<>(java.util.List.of(new StringBuilder()));
		int i = 0;
		while (i < alternative.length()) {
			char c = alternative.charAt(i);
			String members;
			int next;
			if (c == '[') {
				int end = Needles.classEnd(alternative, i);
				members = alternative.substring(i + 1, end);
				if (members.isEmpty() || members.startsWith("^") || members.contains("\\") || members.contains("[")
						|| members.contains("-") || members.contains("&&")) {
					break;
				}
				next = end + 1;
			}
			else if (c == '\\' && i + 1 < alternative.length()
					&& !Character.isLetterOrDigit(alternative.charAt(i + 1))) {
				members = String.valueOf(alternative.charAt(i + 1));
				next = i + 2;
			}
			else if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'') {
				members = String.valueOf(c);
				next = i + 1;
			}
			else {
				break;
			}
			char quantifier = (next < alternative.length()) ? alternative.charAt(next) : 0;
			boolean optional = quantifier == '?' && (next + 1 >= alternative.length()
					|| (alternative.charAt(next + 1) != '?' && alternative.charAt(next + 1) != '+'));
			if ((quantifier == '?' && !optional) || quantifier == '*' || quantifier == '{') {
				break;
			}
			int spellings = prefixes.size() * (members.length() + (optional ? 1 : 0));
			if (spellings > MAX_PREFIXES) {
				break;
			}
			java.util.List<StringBuilder> longer = new java.util.ArrayList<>();
			for (StringBuilder prefix : prefixes) {
				if (optional) {
					longer.add(new StringBuilder(prefix));
				}
				for (char member : members.toCharArray()) {
					longer.add(new StringBuilder(prefix).append(member));
				}
			}
			prefixes = longer;
			if (quantifier == '+') {
				// more of the same may follow: the start ends here
				break;
			}
			i = optional ? next + 1 : next;
		}
		return prefixes.stream().map(StringBuilder::toString).distinct().toList();
	}

	/** What opens every whole-word pattern: no letter or digit before its match. */
	static final String WORD_START = "(?<![\\p{L}\\p{N}])";

	private static String bounded(String regex) {
		return WORD_START + "(?:" + regex + ")(?![\\p{L}\\p{N}])";
	}

}
