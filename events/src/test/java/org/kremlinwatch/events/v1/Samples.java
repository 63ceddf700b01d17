package org.kremlinwatch.events.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One fully populated sample of each v1 record; the golden JSON files are these samples
 * as they go on the wire.
 */
final class Samples {

	static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2021, 12, 31, 2, 20, 0, 0, ZoneOffset.ofHours(3));

	static final String TEXT = "Vladimir Putin had a telephone conversation with US President Joseph Biden.\n\n"
			+ "The presidents agreed that talks would be held in Geneva on January 9–10.";

	static final Evidence CALL_EVIDENCE = new Evidence(
			"Vladimir Putin had a telephone conversation with US President Joseph Biden.", 0, 75);

	static final Evidence MEETING_EVIDENCE = new Evidence(
			"The presidents agreed that talks would be held in Geneva on January 9–10.", 77, 150);

	static final ExtractedEvent MEETING = new ExtractedEvent(EventType.MEETING, EventStatus.ANNOUNCED,
			LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 10), "Geneva", List.of("Russia", "United States"), null,
			"Russia–US talks in Geneva", MEETING_EVIDENCE);

	private Samples() {
	}

	static ReleaseFetched releaseFetched() {
		return new ReleaseFetched(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
				Instant.parse("2021-12-30T23:21:07Z"), "en:67487", 67487, Lang.en,
				"http://en.kremlin.ru/events/president/news/67487", "http://kremlin.ru/events/president/news/67487",
				"news", "Telephone conversations with US President Joseph Biden", "A lead paragraph.", TEXT, PUBLISHED,
				null, List.of("Foreign policy"), "sha256:5d41402abc4b2a76b9719d911017c592", 1);
	}

	static ReleaseTagged releaseTagged() {
		return new ReleaseTagged(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
				Instant.parse("2021-12-30T23:21:08Z"), "en:67487", 67487, Lang.en,
				"http://en.kremlin.ru/events/president/news/67487",
				"Telephone conversations with US President Joseph Biden", PUBLISHED, 1, "0.1.0",
				List.of(new TopicMatch("security-guarantees", 0.9, List.of(MEETING_EVIDENCE))),
				List.of(new Entity(EntityType.PERSON, "Joseph Biden", 1), new Entity(EntityType.PLACE, "Geneva", 1)),
				List.of(new ExtractedEvent(EventType.CALL, EventStatus.HELD, LocalDate.of(2021, 12, 30),
						LocalDate.of(2021, 12, 30), null, List.of("Vladimir Putin", "Joseph Biden"), null,
						"Telephone conversation with Joseph Biden", CALL_EVIDENCE), MEETING),
				"http://kremlin.ru/events/president/news/67487", TEXT);
	}

	static AlertRaised alertRaised() {
		return new AlertRaised(UUID.fromString("9b2d3f7e-1c4a-4e8b-9f00-3a5d6c7b8e9f"),
				Instant.parse("2021-12-30T23:21:09Z"), "5f0c6a8e-2b1d-4c3e-8f7a-6b5c4d3e2f1a", "en:67487", 67487,
				Lang.en, "http://en.kremlin.ru/events/president/news/67487",
				"http://kremlin.ru/events/president/news/67487",
				"Telephone conversations with US President Joseph Biden", PUBLISHED, MEETING,
				List.of("event:MEETING", "entity:Geneva"), "meeting:geneva:2022-01-09:russia+united-states",
				AlertKind.NEW, List.of());
	}

}
