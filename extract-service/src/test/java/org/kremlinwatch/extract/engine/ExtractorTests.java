package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorTests {

	private static final OffsetDateTime DEC_30_2021 = OffsetDateTime.parse("2021-12-30T23:30:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> events(Lang lang, String text, EventType type) {
		Extraction extraction = extractor.extract(new ReleaseInput(lang + ":1", lang, "", text, DEC_30_2021));
		extraction.events()
			.forEach((e) -> assertThat(text.substring(e.evidence().start(), e.evidence().end()))
				.isEqualTo(e.evidence().sentence()));
		return extraction.events().stream().filter((e) -> e.type() == type).toList();
	}

	@Test
	void findsACallWithItsCounterpartInEnglish() {
		assertThat(events(Lang.en,
				"Vladimir Putin had a telephone conversation with President of the United States of America Joseph Biden.",
				EventType.CALL))
			.singleElement()
			.satisfies((call) -> {
				assertThat(call.participants()).containsExactly("Vladimir Putin", "Joseph Biden");
				assertThat(call.status()).isEqualTo(EventStatus.HELD);
				assertThat(call.dateStart()).isEqualTo(LocalDate.of(2021, 12, 30));
			});
	}

	@Test
	void findsACallWithItsCounterpartInRussian() {
		assertThat(events(Lang.ru,
				"Состоялся телефонный разговор Владимира Путина с Президентом Франции Эммануэлем Макроном.",
				EventType.CALL))
			.singleElement()
			.satisfies((call) -> assertThat(call.participants()).containsExactly("Vladimir Putin", "Emmanuel Macron"));
	}

	@Test
	void announcesEachMeetingOfASentenceWithItsPlaceAndDates() {
		List<ExtractedEvent> meetings = events(Lang.en,
				"The presidents agreed on talks in Geneva on January 9–10, followed by a Russia–NATO Council meeting in Brussels on January 12 and an OSCE meeting on January 13.",
				EventType.MEETING);
		assertThat(meetings).extracting(ExtractedEvent::place, ExtractedEvent::dateStart, ExtractedEvent::dateEnd)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Geneva", LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 10)),
					org.assertj.core.groups.Tuple.tuple("Brussels", LocalDate.of(2022, 1, 12),
							LocalDate.of(2022, 1, 12)),
					org.assertj.core.groups.Tuple.tuple(null, LocalDate.of(2022, 1, 13), LocalDate.of(2022, 1, 13)));
		assertThat(meetings).allSatisfy((m) -> assertThat(m.status()).isEqualTo(EventStatus.ANNOUNCED));
		assertThat(meetings.get(1).participants()).contains("Russia–NATO Council");
		assertThat(meetings.get(2).participants()).containsExactly("OSCE");
	}

	@Test
	void announcesAMeetingOnARussianDate() {
		assertThat(events(Lang.ru, "Заседание Совета Россия – НАТО состоится 12 января в Брюсселе.", EventType.MEETING))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.status()).isEqualTo(EventStatus.ANNOUNCED);
				assertThat(m.dateStart()).isEqualTo(LocalDate.of(2022, 1, 12));
				assertThat(m.place()).isEqualTo("Brussels");
				assertThat(m.participants()).contains("Russia–NATO Council");
			});
	}

	@Test
	void datesAMeetingOnTheNextDayAfterADatedMeeting() {
		List<ExtractedEvent> meetings = events(Lang.en,
				"Talks will be held in Geneva on January 10. A session of the OSCE will take place in Vienna the next day.",
				EventType.MEETING);
		assertThat(meetings).extracting(ExtractedEvent::place, ExtractedEvent::dateStart)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Geneva", LocalDate.of(2022, 1, 10)),
					org.assertj.core.groups.Tuple.tuple("Vienna", LocalDate.of(2022, 1, 11)));
	}

	@Test
	void leavesAnUnstatedMeetingDateUnknown() {
		assertThat(events(Lang.en, "Vladimir Putin will meet with Emmanuel Macron in Moscow.", EventType.MEETING))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.dateStart()).isNull();
				assertThat(m.dateEnd()).isNull();
				assertThat(m.place()).isEqualTo("Moscow");
				assertThat(m.status()).isEqualTo(EventStatus.ANNOUNCED);
			});
	}

	@Test
	void reportsAHeldMeeting() {
		assertThat(events(Lang.ru, "Владимир Путин провёл переговоры с Олафом Шольцем в Москве.", EventType.MEETING))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.status()).isEqualTo(EventStatus.HELD);
				assertThat(m.place()).isEqualTo("Moscow");
				assertThat(m.participants()).contains("Vladimir Putin", "Olaf Scholz");
			});
	}

	@Test
	void findsWarningsWithTheirSpeakerInEnglish() {
		assertThat(events(Lang.en, "He suggested that this would be a grave mistake that Russia would have to answer.",
				EventType.WARNING))
			.singleElement()
			.satisfies((w) -> {
				assertThat(w.speaker()).isEqualTo("Vladimir Putin");
				assertThat(w.summary()).doesNotContain("\n");
			});
		assertThat(
				events(Lang.en, "Sergei Lavrov warned that the deployment would cross a red line.", EventType.WARNING))
			.singleElement()
			.satisfies((w) -> assertThat(w.speaker()).isEqualTo("Sergei Lavrov"));
	}

	@Test
	void findsWarningsInRussian() {
		assertThat(events(Lang.ru, "Президент предупредил, что это стало бы серьёзной ошибкой.", EventType.WARNING))
			.singleElement()
			.satisfies((w) -> assertThat(w.speaker()).isEqualTo("Vladimir Putin"));
		assertThat(events(Lang.ru, "Россия будет вынуждена принять ответные меры.", EventType.WARNING)).hasSize(1);
		assertThat(events(Lang.ru, "Стороны обсудили торговлю.", EventType.WARNING)).isEmpty();
	}

	@Test
	void shortensALongWarningToOneLine() {
		String sentence = "Vladimir Putin warned that " + "the further militarisation of the region ".repeat(10)
				+ "would be a grave mistake.";
		assertThat(events(Lang.en, sentence, EventType.WARNING)).singleElement()
			.satisfies((w) -> assertThat(w.summary()).hasSizeLessThanOrEqualTo(161).endsWith("…"));
	}

	@Test
	void carriesTheTaxonomyHashAndTheCodeHashInItsVersion() {
		assertThat(Extractor.EXTRACTOR_VERSION).matches("0\\.1\\.0\\+taxonomy-[0-9a-f]{8}\\.code-[0-9a-f]{8}");
		assertThat(extractor.version()).isEqualTo(Extractor.EXTRACTOR_VERSION);
	}

}
