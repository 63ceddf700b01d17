package org.kremlinwatch.extract.text;

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
	 * A case-sensitive whole-word pattern, for names: "US" is the United States, "us" is
	 * not.
	 */
	public static Pattern names(String regex) {
		return Pattern.compile(bounded(regex), Pattern.UNICODE_CHARACTER_CLASS);
	}

	private static String bounded(String regex) {
		return "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
	}

}
