package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.tuple;

/**
 * Hand-written sentences through the default extractor as a release published on 14 March
 * 2025 at 18:00 Moscow time: the common ground of the rule tests, so that each round's
 * tests read as sentences and what is expected of them.
 */
final class RuleSentences {

	/** The day the test releases are published. */
	static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 14);

	private static final OffsetDateTime PUBLISHED_AT = OffsetDateTime.parse("2025-03-14T18:00:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private RuleSentences() {
	}

	static Extraction extract(Lang lang, String title, String text, String dateline) {
		return extractor.extract(new ReleaseInput(lang + ":1", lang, title, text, PUBLISHED_AT, dateline));
	}

	/** The events of {@code type}, the release without a dateline. */
	static List<ExtractedEvent> events(Lang lang, String title, String text, EventType type) {
		return events(lang, title, text, null, type);
	}

	static List<ExtractedEvent> events(Lang lang, String title, String text, String dateline, EventType type) {
		return extract(lang, title, text, dateline).events().stream().filter((e) -> e.type() == type).toList();
	}

	/** The (first day, place) of each meeting extracted. */
	static List<Tuple> meetings(Lang lang, String title, String text, String dateline) {
		return events(lang, title, text, dateline, EventType.MEETING).stream()
			.map((e) -> tuple(e.dateStart(), e.place()))
			.distinct()
			.toList();
	}

	static List<ExtractedEvent> calls(Lang lang, String title, String text) {
		return events(lang, title, text, EventType.CALL);
	}

	/** The evidence sentence of each warning in a statement. */
	static List<String> warnings(Lang lang, String text) {
		return events(lang, "Statement", text, EventType.WARNING).stream().map((e) -> e.evidence().sentence()).toList();
	}

	/** The topic ids of a news item. */
	static List<String> topics(Lang lang, String text) {
		return extract(lang, "News", text, null).topics().stream().map((t) -> t.id()).toList();
	}

}
