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
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Meeting rules of round 4 on hand-written releases: places told as "here", earlier
 * meetings told by month or year, a headline's date joined to the text's place, dates of
 * other events, and the links to other pages kremlin.ru sets in a text.
 */
class MeetingRulesTests {

	private static final OffsetDateTime DEC_7_2021 = OffsetDateTime.parse("2021-12-07T18:00:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> meetings(Lang lang, String title, String text, String dateline) {
		return extractor.extract(new ReleaseInput(lang + ":1", lang, title, text, DEC_7_2021, dateline))
			.events()
			.stream()
			.filter((e) -> e.type() == EventType.MEETING)
			.toList();
	}

	@Test
	void placesAMeetingToldAsHereAtTheDatelineAndDatesItFromTheDaysAhead() {
		assertThat(meetings(Lang.en, "Meeting with Foreign Minister Sergei Lavrov",
				"The Chancellor is coming tomorrow; the Italian minister will come here in two days.",
				"The Kremlin, Moscow"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place, ExtractedEvent::status)
			.contains(tuple(LocalDate.of(2021, 12, 9), "Moscow", EventStatus.ANNOUNCED));
	}

	@Test
	void reportsAnEarlierMeetingToldByMonthOrYearAsHeldOnAnUnknownDay() {
		assertThat(meetings(Lang.en, "Telephone conversation with Joseph Biden",
				"They discussed the outcomes of the June 2021 summit in Geneva. "
						+ "The talks, which resumed in late November in Vienna, must go on.",
				null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place, ExtractedEvent::status)
			.containsExactly(tuple(null, "Geneva", EventStatus.HELD), tuple(null, "Vienna", EventStatus.HELD));
		assertThat(meetings(Lang.ru, "Встреча с Президентом Кубы",
				"Мы встречались в Казани в октябре прошлого года. Саммит прошёл здесь в 2019 году.", "Сочи"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.contains(tuple(LocalDate.of(2021, 12, 7), "Sochi"), tuple(null, "Sochi"));
	}

	@Test
	void joinsTheHeadlinesDateToThePlaceTheTextGives() {
		assertThat(meetings(Lang.en, "On December 9, Vladimir Putin will meet with President of Senegal Macky Sall",
				"Vladimir Putin will hold talks with President of Senegal Macky Sall in Sochi.", null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place, ExtractedEvent::status)
			.containsExactly(tuple(LocalDate.of(2021, 12, 9), "Sochi", EventStatus.ANNOUNCED));
	}

	@Test
	void takesNoMeetingDateFromAnotherEventOrAnInfinitiveOfToday() {
		assertThat(meetings(Lang.en, "",
				"This will be his first official visit since taking office as head of state on March 19, 2021.", null))
			.allSatisfy((m) -> assertThat(m.dateStart()).isNull());
		assertThat(meetings(Lang.en, "", "It is a great honour to meet with you today.", null)).isEmpty();
		assertThat(meetings(Lang.ru, "", "Условлено встретиться 9 мая в Москве.", null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place, ExtractedEvent::status)
			.containsExactly(tuple(LocalDate.of(2022, 5, 9), "Moscow", EventStatus.ANNOUNCED));
	}

	@Test
	void ignoresTheLinksToOtherPagesInsideAText() {
		String text = "В Кремле прошли переговоры. Смотрите также Российско-белорусские переговоры 13 марта 2021 года "
				+ "Мы обсудили торговлю. Дополнительно Список документов, подписанных по итогам переговоров "
				+ "4 марта 2021 года Стороны подписали документы.";
		assertThat(meetings(Lang.ru, "", text, null)).allSatisfy((m) -> assertThat(m.dateStart()).isNull());
	}

	@Test
	void readsTwoWordTalksAndConversationHeadlinesAsTheMeetingReported() {
		assertThat(meetings(Lang.en, "Russian-Belarusian talks", "The leaders discussed trade.", "The Kremlin, Moscow"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(LocalDate.of(2021, 12, 7), "Moscow"));
		assertThat(meetings(Lang.en, "Conversation with President of Tajikistan Emomali Rahmon",
				"Vladimir Putin met with the President of Tajikistan.", "St Petersburg"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.contains(tuple(LocalDate.of(2021, 12, 7), "St Petersburg"));
	}

	@Test
	void countsACallToldAgainByItsStateOnce() {
		assertThat(extractor
			.extract(new ReleaseInput("en:1", Lang.en, "Briefing",
					"A telephone conversation between Vladimir Putin and President of the United States Joseph Biden "
							+ "has just concluded. The telephone conversation with the United States lasted an hour.",
					DEC_7_2021))
			.events()).filteredOn((e) -> e.type() == EventType.CALL)
			.singleElement()
			.satisfies((c) -> assertThat(c.participants()).contains("Joseph Biden"));
	}

}
