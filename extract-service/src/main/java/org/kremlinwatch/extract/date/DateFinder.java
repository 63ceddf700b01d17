package org.kremlinwatch.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

/**
 * Finds dates in Russian and English sentences and resolves them against the publication
 * date: "January 9–10" / «9–10 января» ranges, a date without a year in the year that
 * puts it closest to publication (so a January date written on 30 December lies in the
 * next year), "tomorrow" / «завтра» from the publication date, "the next day" / «на
 * следующий день» from the date it follows, "next Tuesday" / «в прошлую пятницу» from the
 * publication date. What cannot be resolved stays {@code null}: never a guess.
 * <p>
 * An instance carries the last resolved date from sentence to sentence, so use one per
 * release.
 */
public final class DateFinder {

	private static final String EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

	private static final String RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";

	/**
	 * Weekdays, for "next Tuesday" / «в следующий вторник» and "last Friday" / «в прошлую
	 * пятницу» (the Russian in the accusative that «в» takes).
	 */
	private static final String EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

	private static final String RU_WEEKDAYS = "понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье";

	/** The weekdays by name, Monday first, in each language. */
	private static final List<String> EN_WEEKDAY_NAMES = List.of(EN_WEEKDAYS.split("\\|"));

	private static final List<String> RU_WEEKDAY_NAMES = List.of(RU_WEEKDAYS.split("\\|"));

	private static final String[] EN_MONTH_NAMES = EN_MONTHS.toLowerCase(Locale.ROOT).split("\\|");

	private static final String[] RU_MONTH_NAMES = RU_MONTHS.split("\\|");

	// Finders: the month-first and relative patterns are tried only where a month or a
	// relative word can start; the digit-led ones, whose first characters the finder
	// does not read, at every position as before.
	private static final Finder EN_MONTH_FIRST = Finder
		.of(Patterns.words("(" + EN_MONTHS + ")\\s+(\\d{1,2})(?:\\s*(?:[–—-]|to|and|through)\\s*(?:(" + EN_MONTHS
				+ ")\\s+)?(\\d{1,2}))?(?:,?\\s+(\\d{4}))?"));

	private static final Finder EN_DAY_FIRST = Finder
		.of(Patterns.words("(\\d{1,2})(?:\\s*[–—-]\\s*(\\d{1,2}))?\\s+(" + EN_MONTHS + ")(?:,?\\s+(\\d{4}))?"));

	private static final Finder RU_DATE = Finder
		.of(Patterns.words("(\\d{1,2})(?:\\s*(?:[–—-]|по|и)\\s*(\\d{1,2}))?\\s+(" + RU_MONTHS
				+ ")(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?"));

	private static final String EN_RELATIVE_REGEX = "the day after tomorrow|the day before yesterday|tomorrow|today"
			+ "|yesterday|the next day|the following day|the day after|the previous day|the day before|in (two|three) days"
			+ "|(a|one|two|three|four|five|six|seven) (days?|weeks?) ago" + "|(next|last|this coming|this past) ("
			+ EN_WEEKDAYS + ")";

	private static final String RU_RELATIVE_REGEX = "послезавтра|позавчера|завтра|сегодня|вчера|на следующий день"
			+ "|на другой день|накануне|через (два|три) дня"
			+ "|(неделю|две недели|три недели|(два|три|четыре|пять|шесть|семь) (дня|дней)) назад"
			+ "|в (следующ|ближайш|прошл)\\p{L}* (" + RU_WEEKDAYS + ")";

	private static final Finder EN_RELATIVE = Finder.of(Patterns.words(EN_RELATIVE_REGEX));

	private static final Finder RU_RELATIVE = Finder.of(Patterns.words(RU_RELATIVE_REGEX));

	/**
	 * The same, written in lower case, for the lower-cased sentence: folding the case of
	 * every character cost more than the match.
	 */
	private static final Finder EN_RELATIVE_LOWER = Finder.of(Patterns.lowerCaseWords(EN_RELATIVE_REGEX));

	private static final Finder RU_RELATIVE_LOWER = Finder.of(Patterns.lowerCaseWords(RU_RELATIVE_REGEX));

	/**
	 * What every match of {@link #EN_RELATIVE} contains ("the day" for "the day after",
	 * "the day before"): "day" alone is also "Monday", "holiday" and "days".
	 */
	private static final String[] EN_RELATIVE_WORDS = withWeekdays(EN_WEEKDAY_NAMES, "today", "tomorrow", "yesterday",
			"the day", "next day", "following day", "previous day", "two days", "three days", " ago");

	/** What every match of {@link #RU_RELATIVE} contains. */
	private static final String[] RU_RELATIVE_WORDS = withWeekdays(RU_WEEKDAY_NAMES, "завтра", "сегодня", "вчера",
			"следующий день", "другой день", "накануне", "два дня", "три дня", " назад");

	private final Lang lang;

	private final LocalDate published;

	private LocalDate anchor;

	public DateFinder(Lang lang, LocalDate published) {
		this.lang = lang;
		this.published = published;
	}

	/** The dates in {@code sentence} in text order. */
	public List<DateMention> find(String sentence) {
		return find(sentence, sentence.toLowerCase(Locale.ROOT));
	}

	/**
	 * The dates in {@code sentence}, given also lower-cased, in text order. Most
	 * sentences hold no digit and no relative day: they are not scanned by the patterns.
	 */
	public List<DateMention> find(String sentence, String lowerCaseSentence) {
		List<DateMention> found = new ArrayList<>();
		// Every absolute date names its month: most sentences with a digit (a number, a
		// year) do not, and are spared the patterns, which try every month at every
		// position.
		if (Scans.hasDigit(sentence)
				&& Scans.containsAny(lowerCaseSentence, (this.lang == Lang.en) ? EN_MONTH_NAMES : RU_MONTH_NAMES)) {
			if (this.lang == Lang.en) {
				absolute(EN_MONTH_FIRST.in(sentence), 1, 2, 3, 4, 5, found);
				absolute(EN_DAY_FIRST.in(sentence), 3, 1, -1, 2, 4, found);
			}
			else {
				absolute(RU_DATE.in(sentence), 3, 1, -1, 2, 4, found);
			}
		}
		// Every relative expression contains one of these words.
		boolean relativeWords = Scans.containsAny(lowerCaseSentence,
				(this.lang == Lang.en) ? EN_RELATIVE_WORDS : RU_RELATIVE_WORDS);
		if (found.isEmpty() && !relativeWords) {
			return List.of();
		}
		// The lower case has the sentence's offsets when it has its length (lower-casing
		// only ever lengthens a character, as İ).
		Finder.Matches relative = (lowerCaseSentence.length() == sentence.length())
				? ((this.lang == Lang.en) ? EN_RELATIVE_LOWER : RU_RELATIVE_LOWER).in(lowerCaseSentence)
				: ((this.lang == Lang.en) ? EN_RELATIVE : RU_RELATIVE).in(sentence);
		while (relativeWords && relative.find()) {
			found.add(new DateMention(relative.matcher().start(), relative.matcher().end(), null, null));
		}
		found.sort(Comparator.comparingInt(DateMention::start));
		List<DateMention> resolved = new ArrayList<>();
		int lastEnd = -1;
		for (DateMention mention : found) {
			if (mention.start() < lastEnd) {
				continue;
			}
			lastEnd = mention.end();
			DateMention result = mention.resolved() ? mention
					: resolveRelative(mention, sentence.substring(mention.start(), mention.end()));
			if (result.resolved()) {
				this.anchor = result.to();
			}
			resolved.add(result);
		}
		return resolved;
	}

	private DateMention resolveRelative(DateMention mention, String words) {
		String lower = words.toLowerCase(Locale.ROOT);
		LocalDate day = switch (lower) {
			case "today", "сегодня" -> this.published;
			case "tomorrow", "завтра" -> this.published.plusDays(1);
			case "the day after tomorrow", "послезавтра" -> this.published.plusDays(2);
			case "yesterday", "вчера" -> this.published.minusDays(1);
			case "the day before yesterday", "позавчера" -> this.published.minusDays(2);
			case "in two days", "через два дня" -> this.published.plusDays(2);
			case "in three days", "через три дня" -> this.published.plusDays(3);
			// Without a date before it, "the day before" (held the day before) refers to
			// the day the release reports, its publication day; "the next day" stays
			// open.
			case "the previous day", "the day before", "накануне" ->
				((this.anchor != null) ? this.anchor : this.published).minusDays(1);
			case "the next day", "the following day", "the day after", "на следующий день", "на другой день" ->
				(this.anchor != null) ? this.anchor.plusDays(1) : null;
			default -> (lower.endsWith("ago") || lower.endsWith("назад")) ? ago(lower) : weekday(lower);
		};
		return new DateMention(mention.start(), mention.end(), day, day);
	}

	/**
	 * A fixed offset back from the publication day ("a week ago", "two days ago", «неделю
	 * назад», «три дня назад»; LABELING.md, sets 12 and 13). A vague one ("a few days
	 * ago", «несколько дней назад») is not matched and stays open.
	 */
	private LocalDate ago(String lower) {
		String[] words = lower.split(" ");
		if (words.length < 2) {
			return null;
		}
		boolean russian = "назад".equals(words[words.length - 1]);
		int count = (words.length == 2) ? 1 : count(words[0]);
		String unit = words[words.length - 2];
		boolean weeks = unit.startsWith("week") || unit.startsWith("недел");
		return (count > 0 && (russian || "ago".equals(words[words.length - 1])))
				? this.published.minusDays((weeks ? 7L : 1L) * count) : null;
	}

	/**
	 * "next Tuesday" / «в следующий вторник»: the first such weekday after the
	 * publication day; "last Friday" / «в прошлую пятницу»: the last one before it
	 * (LABELING.md, set 15: "next Tuesday" said on a Wednesday is the coming Tuesday).
	 */
	private LocalDate weekday(String lower) {
		String[] words = lower.split(" ");
		String name = words[words.length - 1];
		int index = EN_WEEKDAY_NAMES.contains(name) ? EN_WEEKDAY_NAMES.indexOf(name) : RU_WEEKDAY_NAMES.indexOf(name);
		if (index < 0) {
			return null;
		}
		DayOfWeek day = DayOfWeek.of(index + 1);
		boolean back = lower.startsWith("last") || lower.startsWith("this past") || lower.startsWith("в прошл");
		return back ? this.published.with(TemporalAdjusters.previous(day))
				: this.published.with(TemporalAdjusters.next(day));
	}

	private static int count(String word) {
		return switch (word) {
			case "a", "one" -> 1;
			case "two", "два", "две" -> 2;
			case "three", "три" -> 3;
			case "four", "четыре" -> 4;
			case "five", "пять" -> 5;
			case "six", "шесть" -> 6;
			case "seven", "семь" -> 7;
			default -> 0;
		};
	}

	private void absolute(Finder.Matches dates, int monthGroup, int dayGroup, int endMonthGroup, int endDayGroup,
			int yearGroup, List<DateMention> found) {
		while (dates.find()) {
			Matcher matcher = dates.matcher();
			try {
				int month = month(matcher.group(monthGroup));
				int day = Integer.parseInt(matcher.group(dayGroup));
				String year = matcher.group(yearGroup);
				LocalDate from = (year != null) ? LocalDate.of(Integer.parseInt(year), month, day)
						: nearest(month, day);
				LocalDate to = from;
				if (matcher.group(endDayGroup) != null) {
					int endMonth = (endMonthGroup > 0 && matcher.group(endMonthGroup) != null)
							? month(matcher.group(endMonthGroup)) : month;
					to = LocalDate.of(from.getYear(), endMonth, Integer.parseInt(matcher.group(endDayGroup)));
					if (to.isBefore(from)) {
						to = to.plusYears(1);
					}
				}
				found.add(new DateMention(matcher.start(), matcher.end(), from, to));
			}
			catch (DateTimeException ex) {
				// "February 30" is no date; leave it unresolved rather than guess.
				found.add(new DateMention(matcher.start(), matcher.end(), null, null));
			}
		}
	}

	private LocalDate nearest(int month, int day) {
		LocalDate best = null;
		for (int year = this.published.getYear() - 1; year <= this.published.getYear() + 1; year++) {
			try {
				LocalDate candidate = LocalDate.of(year, month, day);
				if (best == null || distance(candidate) < distance(best)) {
					best = candidate;
				}
			}
			catch (DateTimeException ex) {
				// February 29 in a year without it: try the others.
			}
		}
		if (best == null) {
			throw new DateTimeException("no such day " + month + "-" + day);
		}
		return best;
	}

	private long distance(LocalDate date) {
		return Math.abs(date.toEpochDay() - this.published.toEpochDay());
	}

	private static int month(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (int i = 0; i < 12; i++) {
			if (EN_MONTH_NAMES[i].equals(lower) || RU_MONTH_NAMES[i].equals(lower)) {
				return i + 1;
			}
		}
		throw new DateTimeException("no month " + name);
	}

	/** {@code words} and the weekday names: a weekday is its own needle. */
	private static String[] withWeekdays(List<String> weekdays, String... words) {
		List<String> all = new ArrayList<>(List.of(words));
		all.addAll(weekdays);
		return all.toArray(String[]::new);
	}

}
