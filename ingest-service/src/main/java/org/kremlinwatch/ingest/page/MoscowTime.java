package org.kremlinwatch.ingest.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kremlin's clock. Pages state Moscow wall time; the offset comes from the
 * Europe/Moscow rules of that date (+03:00 now, +04:00 from 2011 to 2014, +03:00/+04:00
 * with summer time before), never from the feed, whose offsets have been seen wrong.
 */
public final class MoscowTime {

	/** Moscow's time zone, with its history of offsets. */
	public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

	// "15 марта 2018 года, 18:00" and "August 27, 2020, 15:20"
	private static final Pattern RUSSIAN_DATE = Pattern.compile("(\\d{1,2})\\s+([а-яё]+)\\s+(\\d{4})");

	private static final Pattern ENGLISH_DATE = Pattern.compile("([a-z]+)\\s+(\\d{1,2}),\\s+(\\d{4})");

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("января", 1), Map.entry("февраля", 2),
			Map.entry("марта", 3), Map.entry("апреля", 4), Map.entry("мая", 5), Map.entry("июня", 6),
			Map.entry("июля", 7), Map.entry("августа", 8), Map.entry("сентября", 9), Map.entry("октября", 10),
			Map.entry("ноября", 11), Map.entry("декабря", 12), Map.entry("january", 1), Map.entry("february", 2),
			Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5), Map.entry("june", 6),
			Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("october", 10),
			Map.entry("november", 11), Map.entry("december", 12));

	private MoscowTime() {
	}

	/** Moscow wall time {@code date} {@code time} with the offset Moscow had then. */
	public static OffsetDateTime of(LocalDate date, LocalTime time) {
		return LocalDateTime.of(date, time).atZone(MOSCOW).toOffsetDateTime();
	}

	/** {@code instant} as Moscow sees it. */
	public static OffsetDateTime of(Instant instant) {
		return instant.atZone(MOSCOW).toOffsetDateTime();
	}

	/** The clock time ({@code 18:00}) in {@code text}, if any. */
	public static Optional<LocalTime> timeIn(String text) {
		Matcher matcher = CLOCK.matcher((text != null) ? text : "");
		if (!matcher.find()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		return (hour < 24 && minute < 60) ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
	}

	/**
	 * The date written out in {@code text}, Russian ({@code 15 марта 2018 года}) or
	 * English ({@code August 27, 2020}), if any.
	 */
	public static Optional<LocalDate> dateIn(String text) {
		String lower = (text != null) ? text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ') : "";
		Matcher russian = RUSSIAN_DATE.matcher(lower);
		if (russian.find() && MONTHS.containsKey(russian.group(2))) {
			return date(russian.group(3), MONTHS.get(russian.group(2)), russian.group(1));
		}
		Matcher english = ENGLISH_DATE.matcher(lower);
		while (english.find()) {
			if (MONTHS.containsKey(english.group(1))) {
				return date(english.group(3), MONTHS.get(english.group(1)), english.group(2));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(String year, int month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
	}

}
