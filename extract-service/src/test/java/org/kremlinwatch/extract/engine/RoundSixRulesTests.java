package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-6 rule families on hand-written releases in both languages: warnings phrased
 * as conditions, obligations, readiness or treatment, with the speaker of a transcript's
 * turn; two calls told in one sentence; heads of state the gazetteer learnt at once;
 * meetings placed by the Kremlin of the lead, by a list of cities, by a forum's name.
 */
class RoundSixRulesTests {

	private static final OffsetDateTime MAR_14_2025 = OffsetDateTime.parse("2025-03-14T18:00:00+03:00");

	private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> events(EventType type, Lang lang, String title, String text, String dateline) {
		return extractor.extract(new ReleaseInput(lang + ":1", lang, title, text, MAR_14_2025, dateline))
			.events()
			.stream()
			.filter((e) -> e.type() == type)
			.toList();
	}

	private static List<String> warnings(Lang lang, String text) {
		return events(EventType.WARNING, lang, "Statement", text, null).stream()
			.map((e) -> e.evidence().sentence())
			.toList();
	}

	@Test
	void findsConditionalAndObligationThreatsInBothLanguages() {
		assertThat(warnings(Lang.en,
				"The treaty was ratified. Should it come to that, if necessary, "
						+ "we intend to defend our allies with every means."))
			.containsExactly("Should it come to that, if necessary, we intend to defend our allies with every means.");
		assertThat(
				warnings(Lang.en, "If the bases appear near our borders, we will respond accordingly to any threat."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Any such provocation will not go unanswered.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Если такие системы появятся у наших границ, мы примем зеркальные меры."))
			.hasSize(1);
		assertThat(warnings(Lang.ru, "Подобные действия не останутся без ответа.")).hasSize(1);
	}

	@Test
	void findsOrdersToStandReadyAndTreatmentAsTerroristsInBothLanguages() {
		assertThat(warnings(Lang.ru, "Командующим поручено быть готовыми к немедленному ответу на любую провокацию."))
			.hasSize(1);
		assertThat(warnings(Lang.ru,
				"К наёмникам, которые воюют на стороне противника, мы будем относиться как к " + "террористам."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "The troops must remain ready to repel any attack on the border regions."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Foreign fighters there will be treated as terrorists under our law.")).hasSize(1);
	}

	@Test
	void findsConsequencesWithAListOfQualifiersAndCounterSystems() {
		assertThat(warnings(Lang.en,
				"Any new offensive would entail serious military, political and economic consequences for them."))
			.hasSize(1);
		assertThat(warnings(Lang.en,
				"Then we would need to create similar weapons aimed against those who are threatening us."))
			.hasSize(1);
	}

	@Test
	void leavesReportsConcernsAndHistoryOutOfWarnings() {
		// A counter-battery report, a past error of history, our own science, a wait to
		// see how serious an epidemic is: none threatens anyone.
		assertThat(warnings(Lang.ru, "Подразделения проводят комплекс ответных мер по противодействию беспилотникам."))
			.isEmpty();
		assertThat(warnings(Lang.en, "He said the boycotts of the old Olympics were big mistakes.")).isEmpty();
		assertThat(warnings(Lang.en, "We will have to develop our own competencies and our own science.")).isEmpty();
		assertThat(warnings(Lang.en, "Soon we will find out how serious the consequences of the new strain are."))
			.isEmpty();
		assertThat(warnings(Lang.en, "We are deeply concerned about the build-up and demand a dialogue.")).isEmpty();
	}

	@Test
	void givesAWarningTheSpeakerOfTheTurnAndIgnoresJournalistsQuestions() {
		List<ExtractedEvent> warnings = events(EventType.WARNING, Lang.en, "Joint news conference",
				"Vladimir Putin: We had substantive talks. Olaf Scholz (retranslated): Thank you. "
						+ "Any aggression against our neighbours will entail serious political, economic and "
						+ "strategic consequences. Question: At what point will Russia regard this as a direct threat?",
				null);
		assertThat(warnings).extracting(ExtractedEvent::speaker).containsExactly("Olaf Scholz");
		assertThat(events(EventType.WARNING, Lang.ru, "Заседание Совета",
				"В.Путин: Начнём работу. Мы будем вынуждены принять ответные меры, если эти планы будут реализованы.",
				null))
			.extracting(ExtractedEvent::speaker)
			.containsExactly("Vladimir Putin");
		assertThat(events(EventType.WARNING, Lang.en, "Interview",
				"Vladimir Putin: I told President Macron that this would be a grave mistake.", null))
			.extracting(ExtractedEvent::speaker)
			.containsExactly("Vladimir Putin");
	}

	@Test
	void countsTwoCallsToldInOneSentenceButOneJointCallInBothLanguages() {
		assertThat(events(EventType.CALL, Lang.en, "Telephone conversations with Ilham Aliyev and Nikol Pashinyan",
				"Vladimir Putin had telephone conversations with President of Azerbaijan Ilham Aliyev and Prime "
						+ "Minister of Armenia Nikol Pashinyan.",
				null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(DAY, List.of("Vladimir Putin", "Ilham Aliyev")),
					tuple(DAY, List.of("Vladimir Putin", "Nikol Pashinyan")));
		assertThat(events(EventType.CALL, Lang.ru, "Телефонные разговоры",
				"Владимир Путин провёл телефонные разговоры с Президентом Франции Эммануэлем Макроном и Федеральным "
						+ "канцлером Германии Олафом Шольцем.",
				null))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Emmanuel Macron"), List.of("Vladimir Putin", "Olaf Scholz"));
		assertThat(events(EventType.CALL, Lang.en, "Telephone conversation",
				"Vladimir Putin had a telephone conversation with Emmanuel Macron and Olaf Scholz.", null))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Emmanuel Macron", "Olaf Scholz"));
	}

	@Test
	void knowsMonarchsAndHeadsOfStateByTitleAndInTheirRussianCases() {
		assertThat(events(EventType.CALL, Lang.en, "Telephone conversation with King Hamad bin Isa Al Khalifa",
				"Vladimir Putin had a telephone conversation with King of Bahrain Hamad bin Isa Al Khalifa.", null))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Hamad bin Isa Al Khalifa"));
		assertThat(events(EventType.CALL, Lang.ru, "Телефонный разговор с Королём Саудовской Аравии",
				"Состоялся телефонный разговор Владимира Путина с Королём Саудовской Аравии Сальманом бен Абдель "
						+ "Азизом Аль Саудом.",
				null))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Salman bin Abdulaziz Al Saud"));
		assertThat(events(EventType.CALL, Lang.ru, "Телефонный разговор с Председателем КНДР",
				"Владимир Путин провёл телефонный разговор с Председателем Государственных дел КНДР Ким Чен Ыном.",
				null))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of("Vladimir Putin", "Kim Jong Un"));
	}

	@Test
	void placesTheHeadlineMeetingInTheKremlinOfTheLeadWithoutADateline() {
		assertThat(events(EventType.MEETING, Lang.en, "Meeting with President of Mongolia",
				"Vladimir Putin held a meeting in the Kremlin with President of Mongolia Ukhnaagiin Khurelsukh.", null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(DAY, "Moscow"));
		assertThat(events(EventType.MEETING, Lang.ru, "Встреча с Президентом Монголии",
				"Москва, Кремль. Владимир Путин провёл встречу с Президентом Монголии.", null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.containsExactly(tuple(DAY, "Moscow"));
	}

	@Test
	void countsOneMeetingPerPlaceOfAListAfterOneMeetingWord() {
		assertThat(events(EventType.MEETING, Lang.en, "Interview",
				"Nothing came of the commitments made at earlier summits, including in Berlin and Paris.", null))
			.extracting(ExtractedEvent::place)
			.containsExactly("Berlin", "Paris");
		assertThat(events(EventType.MEETING, Lang.ru, "Интервью",
				"Ничего не вышло из договорённостей прежних встреч, в том числе в Минске и Стамбуле.", null))
			.extracting(ExtractedEvent::place)
			.containsExactly("Minsk", "Istanbul");
	}

	@Test
	void placesASessionOfAForumThatBearsItsCityNameButNotAMeetingBeforeIt() {
		assertThat(events(EventType.MEETING, Lang.en, "Announcement",
				"On March 20, Vladimir Putin will take part in a plenary session of the 28th St Petersburg "
						+ "International Economic Forum. Also taking part will be the President of Egypt "
						+ "(via videoconference).",
				null))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.contains(tuple(LocalDate.of(2025, 3, 20), "St Petersburg"));
		// The President's meeting is not in the forum's city; the forum itself is an
		// undated meeting there (LABELING.md, set 8: "In advance of the ... Forum").
		List<ExtractedEvent> meetings = events(EventType.MEETING, Lang.en, "Meeting with young scientists",
				"In advance of the St Petersburg International Economic Forum, Vladimir Putin met with young scientists.",
				null);
		assertThat(meetings).filteredOn((e) -> e.dateStart() != null)
			.isNotEmpty()
			.extracting(ExtractedEvent::place)
			.doesNotContain("St Petersburg");
		assertThat(meetings).extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
			.contains(tuple(null, "St Petersburg"));
	}

}
