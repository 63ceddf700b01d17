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

/** Events that the headline and the dateline tell, not only the text. */
class HeadlineEventsTests {

	private static final OffsetDateTime FEB_16_2022 = OffsetDateTime.parse("2022-02-16T16:00:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> events(Lang lang, String title, String text, String dateline, EventType type) {
		Extraction extraction = extractor
			.extract(new ReleaseInput(lang + ":1", lang, title, text, FEB_16_2022, dateline));
		return extraction.events().stream().filter((e) -> e.type() == type).toList();
	}

	@Test
	void reportsTheMeetingAHeadlineNamesOnThePublicationDayAtTheDateline() {
		assertThat(events(Lang.en, "Meeting with Prime Minister of Hungary Viktor Orban",
				"The leaders discussed bilateral trade.", "The Kremlin, Moscow", EventType.MEETING))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.status()).isEqualTo(EventStatus.HELD);
				assertThat(m.dateStart()).isEqualTo(LocalDate.of(2022, 2, 16));
				assertThat(m.place()).isEqualTo("Moscow");
				assertThat(m.participants()).contains("Viktor Orban");
			});
		assertThat(events(Lang.ru, "Российско-китайские переговоры", "Переговоры начались в узком составе.",
				"Москва, Кремль", EventType.MEETING))
			.singleElement()
			.satisfies((m) -> assertThat(m.place()).isEqualTo("Moscow"));
	}

	@Test
	void announcesTheMeetingOfAHeadlineWhoseTextGivesNoDate() {
		assertThat(events(Lang.en,
				"On February 18, Vladimir Putin will hold talks with President of Belarus Alexander Lukashenko in Moscow",
				"The two leaders plan to discuss bilateral relations.", null, EventType.MEETING))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.status()).isEqualTo(EventStatus.ANNOUNCED);
				assertThat(m.dateStart()).isEqualTo(LocalDate.of(2022, 2, 18));
				assertThat(m.place()).isEqualTo("Moscow");
			});
	}

	@Test
	void doesNotTakeAVisitToAnExhibitionForAMeeting() {
		assertThat(events(Lang.en, "Visit to Peter the Great: The Birth of the Empire exhibition",
				"Vladimir Putin visited the multimedia exhibition.", "Moscow", EventType.MEETING))
			.isEmpty();
	}

	@Test
	void namesACallCounterpartTheGazetteerDoesNotKnowFromTheHeadline() {
		assertThat(events(Lang.en, "Telephone conversation with Mark Koblenev",
				"Vladimir Putin had a telephone conversation with a participant in the campaign.", null,
				EventType.CALL))
			.singleElement()
			.satisfies((c) -> assertThat(c.participants()).containsExactly("Vladimir Putin", "Mark Koblenev"));
	}

	@Test
	void reportsAPastMeetingByItsDateAndResolvesTheDayBeforeFromPublication() {
		String title = "Telephone conversation with Federal Chancellor Olaf Scholz";
		assertThat(events(Lang.en, title, "They reviewed the trilateral meeting in Sochi on November 26.", null,
				EventType.MEETING))
			.extracting(ExtractedEvent::place, ExtractedEvent::dateStart, ExtractedEvent::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Sochi", LocalDate.of(2021, 11, 26), EventStatus.HELD));
		assertThat(events(Lang.en, title, "They exchanged views on the talks in Istanbul held the day before.", null,
				EventType.MEETING))
			.extracting(ExtractedEvent::place, ExtractedEvent::dateStart, ExtractedEvent::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Istanbul", LocalDate.of(2022, 2, 15), EventStatus.HELD));
	}

	@Test
	void findsTheWarningsOfAStepCalledWrongAndOfAnAdequateResponse() {
		assertThat(events(Lang.en, "", "Vladimir Putin stressed that rejecting neutrality would be wrong.", null,
				EventType.WARNING))
			.hasSize(1);
		assertThat(events(Lang.ru, "",
				"В случае нарушений перемирия Вооружённые Силы дадут адекватный и эффективный ответ.", null,
				EventType.WARNING))
			.hasSize(1);
	}

}
