package org.kremlinwatch.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links to other pages that kremlin.ru sets inside a text («Смотрите также
 * Российско-белорусские переговоры 13 марта 2025 года», «Дополнительно Список документов…
 * 4 марта 2025 года», "See also …"): their titles and dates are not the release's, yet
 * read like a meeting on that day. They are blanked with spaces, so that offsets into the
 * text stay right.
 */
public final class PageFurniture {

	private static final String DATE = "\\d{1,2}\\s+\\p{L}+\\s+\\d{4}(?:\\s+года)?";

	private static final Pattern LINKS = Pattern
		.compile("(?:Смотрите также|Дополнительно|See also)\\s+(?:[^.!?…]{0,250}?" + DATE + "\\s*){1,6}");

	/** What every link opens with. */
	private static final String[] OPENINGS = { "Смотрите также", "Дополнительно", "See also" };

	private PageFurniture() {
	}

	/** {@code text} with its links to other pages blanked out. */
	public static String blank(String text) {
		// Every link opens with one of three words: the pattern is tried where they
		// occur (as find() would, leftmost first, each search after the last link), not
		// at every position of a long transcript.
		Matcher links = LINKS.matcher(text);
		StringBuilder blanked = null;
		int from = 0;
		for (int at = opening(text, from); at >= 0; at = opening(text, from)) {
			if (!links.region(at, text.length()).lookingAt()) {
				from = at + 1;
				continue;
			}
			if (blanked == null) {
				blanked = new StringBuilder(text);
			}
			for (int i = links.start(); i < links.end(); i++) {
				blanked.setCharAt(i, ' ');
			}
			from = links.end();
		}
		return (blanked != null) ? blanked.toString() : text;
	}

	/** Where the first opening of a link at or after {@code from} is, or -1. */
	private static int opening(String text, int from) {
		int first = -1;
		for (String opening : OPENINGS) {
			int at = text.indexOf(opening, from);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

}
