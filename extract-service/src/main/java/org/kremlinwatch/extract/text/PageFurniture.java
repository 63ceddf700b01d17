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

	private PageFurniture() {
	}

	/** {@code text} with its links to other pages blanked out. */
	public static String blank(String text) {
		if (!text.contains("Смотрите также") && !text.contains("Дополнительно") && !text.contains("See also")) {
			return text;
		}
		Matcher links = LINKS.matcher(text);
		StringBuilder blanked = null;
		while (links.find()) {
			if (blanked == null) {
				blanked = new StringBuilder(text);
			}
			for (int i = links.start(); i < links.end(); i++) {
				blanked.setCharAt(i, ' ');
			}
		}
		return (blanked != null) ? blanked.toString() : text;
	}

}
