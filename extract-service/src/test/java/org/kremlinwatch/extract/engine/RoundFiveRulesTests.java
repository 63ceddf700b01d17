package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-5 conventions and rules on hand-written releases: a videoconference has no
 * place, a call told in passing has no day, a meeting named before its place without a
 * verb, a passing mention of energy, a region as a dateline, places of the broader
 * gazetteer in their Russian cases.
 */
class RoundFiveRulesTests {

	private static final OffsetDateTime MAR_14_2025 = OffsetDateTime.parse("2025-03-14T18:00:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private static Extraction extract(Lang lang, String title, String text, String dateline) {
		return extractor.extract(new ReleaseInput(lang + ":1", lang, title, text, MAR_14_2025, dateline));
	}

	private static List<ExtractedEvent> events(EventType type, Lang lang, String title, String text, String dateline) {
		return extract(lang, title, text, dateline).events().stream().filter((e) -> e.type() == type).toList();
	}

	@Test
	void givesNoPlaceToAMeetingHeldByVideoconferenceInBothLanguages() {
		assertThat(events(EventType.MEETING, Lang.ru, "Совещание с постоянными членами Совета Безопасности",
				"Владимир Путин провёл по видеосвязи оперативное совещание с постоянными членами Совета Безопасности.",
				"Московская область, Ново-Огарёво"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(LocalDate.of(2025, 3, 14), null));
		assertThat(events(EventType.MEETING, Lang.en, "Meeting on economic issues",
				"The President held a meeting on economic issues via videoconference.", "Novo-Ogaryovo, Moscow Region"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(LocalDate.of(2025, 3, 14), null));
		assertThat(events(EventType.MEETING, Lang.en, "Meeting with Government members",
				"The President held a meeting with Government members.", "Novo-Ogaryovo, Moscow Region"))
			.extracting(ExtractedEvent::place)
			.containsExactly("Novo-Ogaryovo");
	}

	@Test
	void datesACallToldInPassingAsUnknownAndTheReportedCallByPublication() {
		assertThat(events(EventType.CALL, Lang.ru, "Ответы на вопросы журналиста",
				"Президент ответил на вопросы журналиста. Я видел реакцию на наш телефонный разговор с Президентом США.",
				null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Vladimir Putin", "United States")));
		assertThat(events(EventType.CALL, Lang.en, "Telephone conversation with Emmanuel Macron",
				"Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. "
						+ "They recalled their telephone conversation with Olaf Scholz on March 10.",
				null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(LocalDate.of(2025, 3, 14), List.of("Vladimir Putin", "Emmanuel Macron")),
					tuple(LocalDate.of(2025, 3, 10), List.of("Vladimir Putin", "Olaf Scholz")));
	}

	@Test
	void takesTheDateNearestTheCallAsItsDay() {
		assertThat(events(EventType.CALL, Lang.en, "Briefing by Aide to the President",
				"The call followed the December 7 videoconference talks and the December 30 telephone conversation "
						+ "with President Biden.",
				null))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(LocalDate.of(2024, 12, 30));
	}

	@Test
	void reportsAMeetingNamedBeforeItsPlaceWithoutAVerbButNotAProposedOne() {
		assertThat(events(EventType.MEETING, Lang.ru, "Ответы на вопросы журналиста",
				"Я видел реакцию на встречу на высоком уровне в Эр-Рияде.", null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(null, "Riyadh"));
		assertThat(events(EventType.MEETING, Lang.en, "Interview", "Nobody knows whether talks in Istanbul could help.",
				null))
			.isEmpty();
	}

	@Test
	void doesNotTagEnergyOnOnePassingMentionButDoesOnTheSector() {
		assertThat(extract(Lang.en, "CSTO summit",
				"The sanctions are creating a threat to food and energy security. The leaders discussed the summit.",
				null)
			.topics()).extracting(TopicMatch::id).doesNotContain("energy");
		assertThat(extract(Lang.ru, "Встреча", "Обсуждены актуальные вопросы взаимодействия в сфере энергетики.", null)
			.topics()).extracting(TopicMatch::id).contains("energy");
		assertThat(extract(Lang.en, "Meeting", "Protesters used tear gas. The meeting ended.", null).topics())
			.extracting(TopicMatch::id)
			.doesNotContain("energy");
	}

	@Test
	void tagsIndivisibleSecurityWithWordsBetween() {
		assertThat(extract(Lang.ru, "Заседание",
				"Нужна система неделимой европейской и глобальной безопасности на долгосрочной основе.", null)
			.topics()).extracting(TopicMatch::id).contains("security-guarantees");
	}

	@Test
	void readsARegionDatelineAsNoPlaceAndKnowsRegionalCentresInTheirCases() {
		assertThat(events(EventType.MEETING, Lang.en, "Meeting with female aircrew members",
				"Vladimir Putin met with female aircrew members.", "Moscow Region"))
			.extracting(ExtractedEvent::place)
			.containsOnlyNulls();
		assertThat(events(EventType.MEETING, Lang.ru, "Рабочая поездка в Волгоградскую область",
				"Владимир Путин провёл встречу с губернатором в Волгограде.", null))
			.extracting(ExtractedEvent::place)
			.containsExactly("Volgograd");
		assertThat(events(EventType.MEETING, Lang.en, "Interview", "They recalled the talks in Bucharest last year.",
				null))
			.extracting(ExtractedEvent::place)
			.containsExactly("Bucharest");
	}

	@Test
	void readsCallsInGeneralAsNoCallAndCallsBetweenOthersAsTheirCalls() {
		assertThat(events(EventType.CALL, Lang.en, "Meeting with Foreign Minister Sergei Lavrov",
				"The meeting began. As you emphasised during your recent telephone conversations, security is indivisible.",
				null))
			.isEmpty();
		assertThat(events(EventType.CALL, Lang.en, "Telephone conversation with Charles Michel",
				"Vladimir Putin had a telephone conversation with President of the European Council Charles Michel. "
						+ "Support was affirmed for cooperation, as agreed during Alexander Lukashenko's telephone "
						+ "conversations with Angela Merkel.",
				null))
			.extracting(ExtractedEvent::participants)
			// Round 10: another leader's calls are calls of those two (LABELING.md,
			// round-6 conventions), not the President's.
			.containsExactly(List.of("Vladimir Putin", "Charles Michel"),
					List.of("Alexander Lukashenko", "Angela Merkel"));
	}

	@Test
	void countsTodaysUnplacedTalksAsTheTalksHeldInTheKremlinThatDay() {
		assertThat(events(EventType.MEETING, Lang.ru, "Переговоры с Султаном Омана",
				"В Кремле прошли переговоры Владимира Путина с Султаном Омана. "
						+ "В ходе переговоров сегодня мы затронем все эти вопросы.",
				"Москва, Кремль"))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(LocalDate.of(2025, 3, 14), "Moscow"));
	}

}
