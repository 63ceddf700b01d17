package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.text.Finder;

/**
 * Which day a call was: the date nearest the call's words in their clause, unless it is
 * another event's, and the publication day of a call the release's own account tells.
 * Apart from {@link CallRule} so that the day of a call is decided in one place, apart
 * from whom it was with.
 */
final class CallDay {

	/**
	 * What ends the clause of a call's words: "I have told you over the phone more than
	 * once: ... today" names the day of what was said, not of the call. Also where a
	 * turn's counterparts end ({@link CallParties#ofTurn}).
	 */
	static final Pattern CLAUSE_END = Pattern.compile("(?iuU)[;:](?!\\d)|,\\s+(who|whom|whose|which|котор\\w+)\\b");

	/**
	 * The President's call told in the release's own account, not in a speech: "The
	 * President had a telephone conversation with ...", «Президент провёл телефонный
	 * разговор». Without a date it is of the publication day, like a readout's
	 * (LABELING.md, set 9).
	 */
	private static final Pattern NARRATED = Pattern
		.compile("(?U)^\\W*(The President|Vladimir Putin|The head of state|Президент|Владимир Путин|Глава государства)"
				+ " (also |then |also then |также |затем )?(had|held|провёл|провел)\\b");

	/** A call told as earlier than the release's day. */
	private static final Finder EARLIER = Finder
		.of(Pattern.compile("(?iuU)\\b(earlier|previously|before that|ранее|прежде|раньше)\\b"));

	/** Words that open the phrase of another event than the call, before its date. */
	private static final Pattern OTHER_EVENT = Pattern
		.compile("(?iuU)\\b(following|after|ahead of|prior to|in follow[- ]up to|on the eve of|marked|held|celebrated"
				+ "|observed|signed|adopted|took place|taking place|scheduled|hosted|по итогам|после|в преддверии"
				+ "|в канун|отмечаем\\w*|отмечавш\\w*|состоявш\\w*|прошедш\\w*|подписанн\\w*|проведённ\\w*"
				+ "|проведенн\\w*)\\b");

	private CallDay() {
	}

	/**
	 * The day of the call whose words start at {@code cueAt}: the date nearest them in
	 * their clause, else {@code otherwise}. A date past a colon or semicolon belongs to
	 * what was said on the call ("I have told you over the phone more than once: ...
	 * today"), not to the call.
	 */
	static LocalDate of(SentenceFacts facts, int cueAt, LocalDate otherwise) {
		String text = facts.text();
		return facts.dates()
			.stream()
			.filter(DateMention::resolved)
			.filter((d) -> !CLAUSE_END.matcher(text)
				.region(Math.max(0, Math.min(Math.min(d.start(), cueAt), text.length())),
						Math.max(0, Math.min(Math.max(d.start(), cueAt), text.length())))
				.find())
			.filter((d) -> !anotherEvents(text, d, cueAt))
			.min(java.util.Comparator.comparingInt((DateMention d) -> Math.abs(d.start() - cueAt)))
			.map(DateMention::from)
			.orElse(otherwise);
	}

	/**
	 * Whether a sentence is the release's own account of the President's call ("The
	 * President had a telephone conversation with ..."), not told as earlier: a call of
	 * the publication day when the sentence gives no date.
	 */
	static boolean narratedToday(String text) {
		return NARRATED.matcher(text).lookingAt() && !EARLIER.find(text);
	}

	/**
	 * Whether a date belongs to another event the call sentence names: "Following the
	 * talks held in Moscow on February 22, ... in a telephone conversation", "ahead of
	 * the Day of Unity, marked on April 2". The nearest such word before the date opens
	 * its phrase; one right after the call's words ("the telephone conversation held on
	 * March 3") is the call's own.
	 */
	private static boolean anotherEvents(String text, DateMention date, int cueAt) {
		int start = Math.min(date.start(), text.length());
		Matcher marker = OTHER_EVENT.matcher(text).region(Math.max(0, start - 80), start);
		int markerAt = -1;
		while (marker.find()) {
			markerAt = marker.start();
		}
		return markerAt >= 0 && !(cueAt <= markerAt && markerAt - cueAt <= 40);
	}

}
