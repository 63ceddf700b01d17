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
 * The round-7 warning families on hand-written sentences in both languages: a response
 * promised with its manner named ("a proper response", «ответ будет асимметричным»), a
 * price to be paid, a conflict others will be drawn into, a mistake being made now,
 * strikes at decision-making centres; a rhetorical question in an official's turn (each
 * family with a look-alike that is no warning); and calls the lead told without names,
 * named in the next sentence.
 */
class RoundSevenRulesTests {

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> warnings(Lang lang, String title, String text) {
		return extractor
			.extract(new ReleaseInput(lang + ":1", lang, title, text, OffsetDateTime.parse("2025-03-14T18:00:00+03:00"),
					null))
			.events()
			.stream()
			.filter((e) -> e.type() == EventType.WARNING)
			.toList();
	}

	private static List<String> warnings(Lang lang, String text) {
		return warnings(lang, "Statement", text).stream().map((e) -> e.evidence().sentence()).toList();
	}

	@Test
	void findsAResponsePromisedWithItsMannerInBothLanguages() {
		assertThat(warnings(Lang.en, "We will certainly give a fitting response to these new bases near our borders."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Let me be clear: our response will be swift and asymmetric.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Если провокации продолжатся, мы дадим достойный ответ.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Наш ответ будет асимметричным и очень жёстким.")).hasSize(1);
		// a reply to a letter or a pandemic is no threat
		assertThat(warnings(Lang.en, "We will give a detailed answer to the letter next week.")).isEmpty();
		assertThat(warnings(Lang.en, "The regions' response to the floods was quick.")).isEmpty();
	}

	@Test
	void findsAPriceToBePaidAndAConflictOthersWillBeDrawnInto() {
		assertThat(warnings(Lang.en, "Those who planned this adventure will pay a heavy price.")).hasSize(1);
		assertThat(warnings(Lang.en, "Such a decision will cost its authors dearly.")).hasSize(1);
		assertThat(warnings(Lang.en, "The alliance would then be drawn into a direct armed conflict with us."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Supplying such missiles is fraught with a dangerous escalation.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Такие решения им дорого обойдутся.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Европа может быть втянута в прямой военный конфликт.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Это чревато прямым столкновением двух держав.")).hasSize(1);
		// prices of goods are no price to be paid
		assertThat(warnings(Lang.en, "Gas prices will stay high this winter.")).isEmpty();
	}

	@Test
	void findsAMistakeBeingMadeAndStrikesAtDecisionMakingCentres() {
		assertThat(warnings(Lang.en, "Those who ignore this are making a grave mistake.")).hasSize(1);
		assertThat(warnings(Lang.en, "Our actions would then be aimed at the decision-making centres in the capital."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Everyone should know what we will use, if need be, to protect our people."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "We will respond in kind if they cross these lines.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Они совершают колоссальную ошибку.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Удары будут нанесены по центрам принятия решений.")).hasSize(1);
		// a mistake admitted in the past is no warning
		assertThat(warnings(Lang.en, "We made mistakes in the 1990s, and we learnt from them.")).isEmpty();
	}

	@Test
	void findsInevitableConsequencesThreatsTurnedBackAndConditionalOtherwise() {
		assertThat(warnings(Lang.en, "Those who do this will inevitably face consequences they will not like."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Shortages for many importers of grain are inevitable, and the consequences for "
				+ "the whole food market are inevitable."))
			.hasSize(1);
		assertThat(warnings(Lang.en, "Payment must be made in roubles. Otherwise, we will stop the deliveries."))
			.containsExactly("Otherwise, we will stop the deliveries.");
		assertThat(warnings(Lang.en, "They will only be creating new threats against themselves.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Мы будем жёстко реагировать на такие провокации.")).hasSize(1);
		assertThat(warnings(Lang.ru, "Строгое наказание за диверсии неизбежно последует.")).hasSize(1);
		// consequences dealt with, the principle of punishment praised, or a step called
		// unacceptable (a demand, as LABELING.md has it) are no warning
		assertThat(warnings(Lang.en, "We have told our partners that such deployments are unacceptable for us."))
			.isEmpty();
		assertThat(warnings(Lang.en, "We will deal with the consequences of the floods.")).isEmpty();
		assertThat(warnings(Lang.ru, "Работа прокуроров обеспечивает неотвратимость наказания.")).isEmpty();
	}

	@Test
	void aQuestionInAnOfficialsTurnIsRhetoricalButAJournalistsIsNot() {
		assertThat(warnings(Lang.en, "News conference",
				"Vladimir Putin: Do you understand that your country would be drawn into a war against its will?"))
			.extracting(ExtractedEvent::speaker)
			.containsExactly("Vladimir Putin");
		assertThat(warnings(Lang.en, "News conference",
				"Question: Do you think Europe could be drawn into a war against its will?"))
			.isEmpty();
	}

	@Test
	void callsALeadToldWithoutNamesTakeTheLeadsDayOnceNamed() {
		List<ExtractedEvent> calls = extractor
			.extract(new ReleaseInput("en:1", Lang.en, "Telephone conversations with heads of CIS states",
					"On March 12–13, Vladimir Putin had several telephone conversations with the heads of the CIS "
							+ "member states. The Russian President had telephone conversations with President of "
							+ "Armenia Nikol Pashinyan and President of Belarus Alexander Lukashenko. They discussed "
							+ "the coming summit.",
					OffsetDateTime.parse("2025-03-13T18:00:00+03:00"), null))
			.events()
			.stream()
			.filter((e) -> e.type() == EventType.CALL)
			.toList();
		assertThat(calls).extracting((e) -> e.participants().get(1), ExtractedEvent::dateStart)
			.containsExactly(tuple("Nikol Pashinyan", LocalDate.of(2025, 3, 12)),
					tuple("Alexander Lukashenko", LocalDate.of(2025, 3, 12)));
	}

	@Test
	void aJointNewsConferenceOrPressStatementsHeadlineReportsTheTalksOfThatDay() {
		for (ReleaseInput release : List.of(
				new ReleaseInput("en:1", Lang.en, "Press statements following Russian-Chilean talks",
						"Vladimir Putin and the President of Chile made statements for the press. The talks were "
								+ "useful.",
						OffsetDateTime.parse("2025-03-14T18:00:00+03:00"), "Moscow"),
				new ReleaseInput("ru:1", Lang.ru, "Совместная пресс-конференция с Президентом Чили",
						"Владимир Путин и Президент Чили ответили на вопросы журналистов.",
						OffsetDateTime.parse("2025-03-14T18:00:00+03:00"), "Москва, Кремль"))) {
			assertThat(extractor.extract(release).events()).filteredOn((e) -> e.type() == EventType.MEETING)
				.extracting(ExtractedEvent::dateStart, ExtractedEvent::place)
				.containsExactly(tuple(LocalDate.of(2025, 3, 14), "Moscow"));
		}
		// a news conference of its own follows no talks
		assertThat(extractor
			.extract(new ReleaseInput("en:2", Lang.en, "Annual news conference", "The President answered questions.",
					OffsetDateTime.parse("2025-03-14T18:00:00+03:00"), "Moscow"))
			.events()).noneMatch((e) -> e.type() == EventType.MEETING);
	}

	@Test
	void theArmedForcesAsTheGuaranteeOfSecurityAreNoSecurityGuarantees() {
		assertThat(topics("Флот остаётся важнейшей гарантией безопасности государства.")).isEmpty();
		assertThat(topics("Россия добивается юридически обязывающих гарантий безопасности от НАТО."))
			.containsExactly("security-guarantees");
	}

	private static List<String> topics(String text) {
		return extractor
			.extract(new ReleaseInput("ru:1", Lang.ru, "Заявление", text,
					OffsetDateTime.parse("2025-03-14T18:00:00+03:00"), null))
			.topics()
			.stream()
			.map(org.kremlinwatch.events.v1.TopicMatch::id)
			.toList();
	}

	@Test
	void aCallBetweenTwoOthersIsTheirsAndUndatedWhenTheDayIsNotSaid() {
		List<ExtractedEvent> calls = extractor
			.extract(new ReleaseInput("en:1", Lang.en,
					"Telephone conversation with President of Belarus Alexander Lukashenko",
					"Vladimir Putin had a telephone conversation with President of Belarus Alexander Lukashenko. "
							+ "They discussed the earlier telephone conversation between Alexander Lukashenko and "
							+ "Angela Merkel.",
					OffsetDateTime.parse("2021-11-16T18:00:00+03:00"), null))
			.events()
			.stream()
			.filter((e) -> e.type() == EventType.CALL)
			.toList();
		assertThat(calls).extracting(ExtractedEvent::participants, ExtractedEvent::dateStart)
			.containsExactly(tuple(List.of("Vladimir Putin", "Alexander Lukashenko"), LocalDate.of(2021, 11, 16)),
					tuple(List.of("Alexander Lukashenko", "Angela Merkel"), null));
	}

}
