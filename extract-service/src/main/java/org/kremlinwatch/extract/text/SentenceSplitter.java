package org.kremlinwatch.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits Russian and English release texts into sentences with character offsets.
 * <p>
 * A sentence ends at {@code . ! ? …} (with any closing quotes or brackets after it) when
 * the next word starts a new sentence, and always at a line break. A period does not end
 * a sentence after a known abbreviation (Mr., No., г.), an initial (V. Putin, В.В. Путин)
 * or inside a dotted acronym (U.S.), nor when the text goes on in lower case or with a
 * dash, as in «Нет.» — сказал он.
 * <p>
 * Some sources glue two sentences together without a space after the period, the quote
 * between them and a capital right after it
 * ({@code things."Putin is to blame," they say},
 * {@code in New Delhi."The implementation}). Such a run-on splits: before a quote that
 * opens the next sentence, after one that closes this sentence (a straight quote closes
 * when the sentence so far has an odd number of them). Without the quote and the capital,
 * "U.S.A", "2.5" and "kremlin.ru" stay whole.
 */
public final class SentenceSplitter {

	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos",
			"gen", "col", "lt", "sgt", "prof", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr",
			"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "para", "vol", "pp", "cf", "approx", "г",
			"гг", "ул", "им", "т", "тт", "др", "пр", "тыс", "млн", "млрд", "руб", "долл", "см", "стр", "ст", "п", "пп",
			"рис", "напр", "т.е", "т.к", "т.д", "т.п", "н.э", "ок", "св", "акад", "проф", "ген", "г-н", "г-жа");

	private static final String CLOSERS = "\"'»”’)]";

	private static final String OPENERS = "\"'«“‘([";

	/** The sentences of {@code text} in order, trimmed, never empty. */
	public List<Sentence> split(String text) {
		List<Sentence> sentences = new ArrayList<>();
		int start = 0;
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (c > '?' && c != '…') {
				// a letter, or a mark that ends nothing: most characters
				i++;
				continue;
			}
			if (c == '\n' || c == '\r') {
				add(text, start, i, sentences);
				start = i + 1;
			}
			else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i)) {
				int end = i + 1;
				while (end < length && (isTerminator(text.charAt(end)) || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
					end++;
				}
				add(text, start, end, sentences);
				start = end;
				i = end;
				continue;
			}
			else if (isTerminator(c)) {
				int cut = runOnEnd(text, start, i);
				if (cut > 0) {
					add(text, start, cut, sentences);
					start = cut;
					i = cut;
					continue;
				}
			}
			i++;
		}
		add(text, start, length, sentences);
		return sentences;
	}

	private static boolean isTerminator(char c) {
		return c == '.' || c == '!' || c == '?' || c == '…';
	}

	private boolean endsSentence(String text, int at) {
		int next = at + 1;
		while (next < text.length() && (isTerminator(text.charAt(next)) || CLOSERS.indexOf(text.charAt(next)) >= 0)) {
			next++;
		}
		if (next >= text.length()) {
			return true;
		}
		if (!Character.isWhitespace(text.charAt(next))) {
			// "U.S.A", "3.5", "kremlin.ru": no space, no sentence end.
			return false;
		}
		while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\u00a0')) {
			next++;
		}
		if (next >= text.length() || text.charAt(next) == '\n' || text.charAt(next) == '\r') {
			return true;
		}
		char first = text.charAt(next);
		boolean opensSentence = Character.isUpperCase(first) || Character.isDigit(first) || OPENERS.indexOf(first) >= 0
				|| first == '№' || first == '*';
		if (!opensSentence) {
			return false;
		}
		return text.charAt(at) != '.' || !isAbbreviationOrInitial(text, at);
	}

	/**
	 * Where a sentence run on into the next one through a quote ({@code end."Next}) ends,
	 * or -1 when the terminator at {@code at} is no such boundary.
	 */
	private int runOnEnd(String text, int sentenceStart, int at) {
		int quote = at + 1;
		while (quote < text.length() && isTerminator(text.charAt(quote))) {
			quote++;
		}
		if (quote + 1 >= text.length() || !Character.isUpperCase(text.charAt(quote + 1))) {
			return -1;
		}
		char q = text.charAt(quote);
		if (q != '"' && q != '“' && q != '”') {
			return -1;
		}
		if (text.charAt(at) == '.' && isAbbreviationOrInitial(text, at)) {
			return -1;
		}
		if (q == '“') {
			return quote;
		}
		if (q == '”') {
			return quote + 1;
		}
		int straight = 0;
		for (int k = sentenceStart; k < at; k++) {
			if (text.charAt(k) == '"') {
				straight++;
			}
		}
		return (straight % 2 == 0) ? quote : quote + 1;
	}

	private boolean isAbbreviationOrInitial(String text, int period) {
		int wordStart = period;
		while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.'
				|| text.charAt(wordStart - 1) == '-')) {
			wordStart--;
		}
		String word = text.substring(wordStart, period);
		if (word.isEmpty()) {
			return false;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (ABBREVIATIONS.contains(lower)) {
			return true;
		}
		// An initial (V. or the second В. of В.В.) or a dotted acronym (U.S., т.е.): a
		// sentence rarely ends there, and a wrong split would cut a name in two.
		if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
			return true;
		}
		return initials(word);
	}

	/**
	 * Whether {@code word} is initials or an abbreviation with inner dots ("U.S", "В.В"):
	 * runs of one or two letters joined by single dots, as
	 * {@code (\p{L}{1,2}\.)+\p{L}{1,2}} matches, tried at every period before a capital.
	 */
	private static boolean initials(String word) {
		int run = 0;
		int dots = 0;
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			if (c == '.') {
				if (run == 0) {
					return false;
				}
				run = 0;
				dots++;
			}
			else if (Character.isLetter(c) && run < 2) {
				run++;
			}
			else {
				return false;
			}
		}
		return dots > 0 && run > 0;
	}

	private static void add(String text, int from, int to, List<Sentence> sentences) {
		int start = from;
		int end = to;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new Sentence(text.substring(start, end), start, end));
		}
	}

}
