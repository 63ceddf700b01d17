package org.kremlinwatch.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * Tagged releases written for the tests, in the style of the Kremlin's December 2021
 * readouts: the Geneva talks of 9–10 January 2022 as extract-service reports them.
 */
public final class TestReleases {

	public static final String EN_SENTENCE = "Russia–United States talks on security guarantees will be held in Geneva on January 9–10.";

	public static final String RU_SENTENCE = "Российско-американские переговоры по гарантиям безопасности пройдут в Женеве 9–10 января.";

	private TestReleases() {
	}

	/** The Geneva talks as announced in {@code lang}, by release {@code kremlinId}. */
	public static ReleaseTagged genevaTalks(Lang lang, long kremlinId) {
		String sentence = (lang == Lang.en) ? EN_SENTENCE : RU_SENTENCE;
		String title = (lang == Lang.en) ? "Telephone conversation with US President Joseph Biden"
				: "Телефонный разговор с Президентом США Джозефом Байденом";
		List<String> participants = (lang == Lang.en) ? List.of("Russia", "United States")
				: List.of("United States", "Russia");
		ExtractedEvent meeting = new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED, LocalDate.of(2022, 1, 9),
				LocalDate.of(2022, 1, 10), "Geneva", participants, null, "Russia–US talks in Geneva",
				new Evidence(sentence, 0, sentence.length()));
		ExtractedEvent call = new ExtractedEvent(EventType.CALL, EventStatus.HELD, LocalDate.of(2021, 12, 30),
				LocalDate.of(2021, 12, 30), null, List.of("Vladimir Putin", "Joseph Biden"), null,
				"Putin–Biden telephone conversation", new Evidence(title, 0, title.length()));
		return release(lang, kremlinId, title, sentence, List.of("security-guarantees"),
				List.of(new Entity(EntityType.PLACE, "Geneva", 1), new Entity(EntityType.COUNTRY, "United States", 1),
						new Entity(EntityType.PERSON, "Joseph Biden", 1)),
				List.of(meeting, call));
	}

	/**
	 * Release {@code kremlinId} in English, revision {@code revision}, published
	 * {@code publishedAt}, announcing one meeting told by {@code sentence}.
	 */
	public static ReleaseTagged meeting(long kremlinId, int revision, String publishedAt, List<String> participants,
			String place, LocalDate dateStart, LocalDate dateEnd, String sentence) {
		ExtractedEvent meeting = new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED, dateStart, dateEnd, place,
				participants, null, String.join("–", participants) + " talks",
				new Evidence(sentence, 0, sentence.length()));
		ReleaseTagged release = release(Lang.en, kremlinId, "Talks " + kremlinId, sentence, List.of(), List.of(),
				List.of(meeting));
		return new ReleaseTagged(release.eventId(), release.occurredAt(), release.releaseId(), kremlinId, Lang.en,
				release.url(), release.title(), OffsetDateTime.parse(publishedAt), revision, "test-1", List.of(),
				List.of(), List.of(meeting), release.alternateUrl(), sentence);
	}

	/** A release with the given parts. */
	public static ReleaseTagged release(Lang lang, long kremlinId, String title, String text, List<String> topics,
			List<Entity> entities, List<ExtractedEvent> events) {
		String host = (lang == Lang.en) ? "http://en.kremlin.ru" : "http://kremlin.ru";
		String otherHost = (lang == Lang.en) ? "http://kremlin.ru" : "http://en.kremlin.ru";
		return new ReleaseTagged(UUID.randomUUID(), Instant.now(), ReleaseIds.of(lang, kremlinId), kremlinId, lang,
				host + "/events/president/news/" + kremlinId, title, OffsetDateTime.parse("2021-12-30T23:45:00+03:00"),
				1, "test-1", topics.stream().map((id) -> new TopicMatch(id, 0.9, List.of())).toList(), entities, events,
				otherHost + "/events/president/news/" + kremlinId, text);
	}

}
