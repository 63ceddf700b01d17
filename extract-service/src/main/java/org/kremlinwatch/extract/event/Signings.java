package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

/**
 * Round 17: an earlier meeting told only by a document signed or adopted there, with its
 * day and its city ("the Treaty ..., signed in Moscow on February 21, 2022", "the
 * Statement ..., as adopted on October 15 in Minsk", «Договора, подписанного 6 декабря
 * 2024 года в Минске»): LABELING.md (sets 9 and 11). A signing with a city and no day, or
 * a day and no city, is labeled inconsistently across the sets and is left alone; so is
 * one still ahead ("will be signed in Minsk on May 5").
 */
final class Signings {

	private static final String[] NEEDLES = { "signed", "adopted", "подписан", "принят" };

	private static final Pattern SIGNED = Patterns
		.words("signed|adopted|подписанн?\\w*|принят(ый|ого|ой|ая|ое|ую|ых)?");

	/** "will be signed", "is to be adopted", «будет подписан»: not yet done. */
	private static final Pattern AHEAD = Patterns.words("will|to be|shall|would|будет|будут|должн\\w*");

	/** How far after the verb its city and day are looked for. */
	private static final int REACH = 50;

	/** The words before the city: "in", «в», «во». */
	private static final Pattern IN = Pattern.compile("(?iU)(?<!\\p{L})(in|в|во)\\s+$");

	private Signings() {
	}

	/** The earlier meetings the sentence tells by their documents. */
	static List<ExtractedEvent> find(SentenceFacts facts, LocalDate published) {
		String lower = facts.lowerCase();
		if (facts.dates().isEmpty() || !Scans.containsAny(lower, NEEDLES)) {
			return List.of();
		}
		String text = facts.text();
		List<ExtractedEvent> found = new ArrayList<>();
		Matcher signed = SIGNED.matcher(text);
		while (signed.find()) {
			int from = signed.end();
			int to = Math.min(text.length(), from + REACH);
			if (AHEAD.matcher(text.substring(Math.max(0, signed.start() - 20), signed.start())).find()) {
				continue;
			}
			Mention place = facts.mentions()
				.stream()
				.filter((m) -> m.type() == EntityType.PLACE && m.start() >= from && m.start() < to
						&& IN.matcher(text.substring(Math.max(from, m.start() - 6), m.start())).find()
						&& !MeetingRule.REGION.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)))
							.lookingAt())
				.findFirst()
				.orElse(null);
			// One day, before the release: "on February 21, 2022", not "in May 2021".
			DateMention day = facts.dates()
				.stream()
				.filter((d) -> d.start() >= from && d.start() < to && d.resolved() && d.from().equals(d.to())
						&& d.from().isBefore(published))
				.findFirst()
				.orElse(null);
			if (place == null || day == null
					|| text.substring(from, Math.min(place.start(), day.start())).contains(";")) {
				continue;
			}
			found.add(new ExtractedEvent(EventType.MEETING, EventStatus.HELD, day.from(), day.to(), place.name(),
					List.of(), null, "Meeting in " + place.name() + " on " + day.from(), facts.evidence()));
		}
		return found;
	}

}
