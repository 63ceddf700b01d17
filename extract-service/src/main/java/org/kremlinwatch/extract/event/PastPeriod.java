package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

/**
 * A period before publication named without a day: "the June 2021 summit", "talks that
 * resumed in late November" (in a December release), "last year", «в ноябре 2024 года»,
 * «в прошлом году». A meeting word with one reports a meeting that took place, its day
 * unknown.
 */
final class PastPeriod {

	private static final String[] EN_MONTHS = { "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december" };

	// Russian month stems, in every case («в ноябре», «ноября», «ноябрь»).
	private static final String[] RU_MONTHS = { "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
			"сентябр", "октябр", "ноябр", "декабр" };

	// "in May" alone is too often the verb: an English month counts after a preposition
	// or before a year.
	private static final Pattern MONTH = Patterns
		.words("(?:(?:in|of|since|until) (?:early |late |mid-)?)(january|february|march|april|may|june|july|august"
				+ "|september|october|november|december)(?: (\\d{4}))?"
				+ "|(january|february|march|april|june|july|august|september|october|november|december) (\\d{4})"
				+ "|(?:в|во) (?:начале |конце |середине )?(январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]"
				+ "|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?: (\\d{4}) года)?");

	/**
	 * What every match of {@link #MONTH} contains, lower case: a month's name, a Russian
	 * one in some case (only «май», «мая», «мае» for May: «ма» alone is in most Russian
	 * sentences).
	 */
	private static final String[] MONTH_NEEDLES = { "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "январ", "феврал", "март", "апрел", "май", "мая",
			"мае", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр" };

	private static final Pattern LAST = Patterns.words("last year|в прошлом году|(?:in|в) (\\d{4})(?: году)?");

	private PastPeriod() {
	}

	/** Whether {@code text} names a month or year before {@code published}'s month. */
	static boolean in(String text, LocalDate published) {
		String lower = text.toLowerCase(Locale.ROOT);
		// The patterns run only on texts that hold their words: most hold none.
		Matcher last = LAST.matcher(lower);
		boolean lastPossible = Scans.hasDigit(lower) || lower.contains("last year") || lower.contains("в прошлом году");
		while (lastPossible && last.find()) {
			if (last.group(1) == null || Integer.parseInt(last.group(1)) < published.getYear()) {
				return true;
			}
		}
		Matcher month = MONTH.matcher(lower);
		boolean monthPossible = Scans.containsAny(lower, MONTH_NEEDLES);
		while (monthPossible && month.find()) {
			String name = first(month, 1, 3, 5);
			String year = first(month, 2, 4, 6);
			int index = index(name);
			int y = (year != null) ? Integer.parseInt(year) : published.getYear();
			if (index > 0 && LocalDate.of(y, index, 1).isBefore(published.withDayOfMonth(1))) {
				return true;
			}
		}
		return false;
	}

	private static String first(Matcher matcher, int... groups) {
		for (int group : groups) {
			if (matcher.group(group) != null) {
				return matcher.group(group);
			}
		}
		return null;
	}

	private static int index(String name) {
		for (int i = 0; i < 12; i++) {
			if (EN_MONTHS[i].equals(name) || name.startsWith(RU_MONTHS[i])) {
				return i + 1;
			}
		}
		return 0;
	}

}
