package org.kremlinwatch.extract.text;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose matches are looked for only where they can start. {@code Matcher.find}
 * tries a pattern at every position of a text, at some 15 ns a character for a whole-word
 * pattern; most of its matches are decided by their first character, and a whole-word
 * match starts only where no letter or digit stands before. The finder tries the pattern
 * ({@code lookingAt}, the text around still seen by its lookarounds) at the positions
 * that pass both tests, which are few, and so finds the same first match.
 */
public final class Finder {

	private static final int CASE_FOLDED = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private final Pattern pattern;

	/** The first characters, one bit each from {@link #min}; null to try everywhere. */
	private final long[] firsts;

	private final char min;

	/** Whether a match needs a position with no letter or digit before it. */
	private final boolean wordStart;

	/** Whether the pattern folds case over Unicode: characters are tested folded too. */
	private final boolean folded;

	private Finder(Pattern pattern) {
		this.pattern = pattern;
		int flags = pattern.flags() | FirstChars.leadingFlags(pattern.pattern());
		this.folded = (flags & CASE_FOLDED) == CASE_FOLDED;
		String chars = FirstChars.of(pattern.pattern());
		if (chars != null && (flags & CASE_FOLDED) == Pattern.CASE_INSENSITIVE) {
			// ASCII-only case folding: the other case of an ASCII letter
			StringBuilder both = new StringBuilder();
			for (char c : chars.toCharArray()) {
				both.append(c);
				if (c < 128) {
					both.append(Character.toLowerCase(c)).append(Character.toUpperCase(c));
				}
			}
			chars = both.toString();
		}
		else if (chars != null && this.folded) {
			// What java.util.regex compares when it folds case: the lower case of the
			// upper case. A character matches when it or its folded form is here.
			StringBuilder all = new StringBuilder();
			for (char c : chars.toCharArray()) {
				all.append(c)
					.append(Character.toLowerCase(c))
					.append(Character.toUpperCase(c))
					.append(Character.toTitleCase(c))
					.append(fold(c))
					.append(fold(fold(c)));
			}
			chars = all.toString();
		}
		if (chars == null || chars.isEmpty()) {
			this.firsts = null;
			this.min = 0;
		}
		else {
			char low = Character.MAX_VALUE;
			char high = 0;
			for (char c : chars.toCharArray()) {
				low = (char) Math.min(low, c);
				high = (char) Math.max(high, c);
			}
			this.min = low;
			this.firsts = new long[(high - low) / Long.SIZE + 1];
			for (char c : chars.toCharArray()) {
				this.firsts[(c - low) >>> 6] |= 1L << (c - low);
			}
		}
		this.wordStart = pattern.pattern().startsWith(Patterns.WORD_START);
	}

	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/**
	 * Each character folded as case-insensitive Unicode matching folds it, built once.
	 */
	private static final class Folds {

		private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

		static {
			for (int c = 0; c <= Character.MAX_VALUE; c++) {
				FOLDED[c] = fold((char) c);
			}
		}

	}

	/**
	 * A finder of {@code pattern}: it skips positions only when the pattern tells its
	 * first characters plainly ({@link FirstChars}), else it is {@code Matcher.find}.
	 */
	public static Finder of(Pattern pattern) {
		return new Finder(pattern);
	}

	private boolean first(char c) {
		int bit = c - this.min;
		return bit >= 0 && bit < this.firsts.length * Long.SIZE && (this.firsts[bit >>> 6] & (1L << bit)) != 0;
	}

	public Pattern pattern() {
		return this.pattern;
	}

	/** Whether {@code text} holds a match. */
	public boolean find(String text) {
		return start(text) >= 0;
	}

	/** Where the first match in {@code text} starts, or -1. */
	public int start(String text) {
		if (this.firsts == null) {
			Matcher matcher = this.pattern.matcher(text);
			return matcher.find() ? matcher.start() : -1;
		}
		Matcher matcher = null;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			if (!canStart(text, i)) {
				continue;
			}
			if (matcher == null) {
				matcher = this.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
			}
			if (matcher.region(i, length).lookingAt()) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * {@code text} with each match replaced by as many spaces, so that offsets hold: as
	 * {@code replaceAll} with such a replacement gives it.
	 */
	public String blanked(String text) {
		return blanked(text, text);
	}

	/**
	 * {@code text} with each match found in {@code searched} (the same text written
	 * another way, its lower case say, with the same offsets) replaced by spaces: the
	 * first of {@code groups} that took part in the match, or the whole match when no
	 * group is named.
	 */
	public String blanked(String text, String searched, String... groups) {
		Matches matches = in(searched);
		char[] chars = null;
		while (matches.find()) {
			Matcher matcher = matches.matcher();
			String group = null;
			for (int g = 0; g < groups.length && group == null; g++) {
				group = (matcher.start(groups[g]) >= 0) ? groups[g] : null;
			}
			chars = (chars != null) ? chars : text.toCharArray();
			Arrays.fill(chars, (group != null) ? matcher.start(group) : matcher.start(),
					(group != null) ? matcher.end(group) : matcher.end(), ' ');
		}
		return (chars != null) ? new String(chars) : text;
	}

	/** The matches in {@code text}, one after another. */
	public Matches in(String text) {
		return new Matches(text);
	}

	private boolean canStart(String text, int i) {
		char c = text.charAt(i);
		if (!first(c) && !(this.folded && first(Folds.FOLDED[c]))) {
			return false;
		}
		return !this.wordStart || i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
	}

	/**
	 * The matches in a text in the order, and with the groups, that successive calls of
	 * {@code Matcher.find} give them.
	 */
	public final class Matches {

		private final String text;

		private final Matcher matcher;

		/** Where the next match is looked for from; past the end when done. */
		private int from;

		private Matches(String text) {
			this.text = text;
			this.matcher = Finder.this.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
		}

		/** Whether there is a next match: {@link #matcher()} then holds it. */
		public boolean find() {
			int length = this.text.length();
			boolean found = false;
			if (Finder.this.firsts == null) {
				found = this.from <= length && this.matcher.find(this.from);
			}
			else {
				for (int i = this.from; i < length && !found; i++) {
					found = canStart(this.text, i) && this.matcher.region(i, length).lookingAt();
				}
			}
			// As Matcher.find goes on: after the match, one further after an empty one.
			this.from = !found ? length + 1
					: (this.matcher.end() > this.matcher.start()) ? this.matcher.end() : this.matcher.end() + 1;
			return found;
		}

		/** The last match found. */
		public Matcher matcher() {
			return this.matcher;
		}

	}

}
