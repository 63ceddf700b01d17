package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.calls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-15 call rules on hand-written sentences in both languages, each with a
 * look-alike that must not fire: a conversation "to" a leader named by office, a call
 * received ("X called me"), "the two leaders" as the President and the leader just named,
 * the President's undated call in a news item's own account, a counterpart named by
 * office whom the next sentence names, and a date of another event in a call's sentence.
 */
class RoundFifteenCallTests {

	private static final String PUTIN = "Vladimir Putin";

	private static final String COUNCIL = "Security Council meeting";

	private static final String COUNCIL_LEAD = "Vladimir Putin held a meeting of the Security Council. ";

	private static final String INSTRUCTIONS = "Vladimir Putin gave instructions to the Government";

	private static final String INSTRUCTIONS_RU = "Владимир Путин дал поручения Правительству";

	@Test
	void spokeToALeaderByOfficeIsACallWithHisState() {
		assertThat(calls(Lang.en, COUNCIL,
				COUNCIL_LEAD + "Vladimir Putin: I spoke twice to the Prime Minister of Italy yesterday."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED.minusDays(1), List.of(PUTIN, "Italy")));
		// Russian says «с», which the round-7 rule already reads
		assertThat(calls(Lang.ru, "Совещание с членами Совета Безопасности",
				"Владимир Путин провёл совещание с членами Совета Безопасности. "
						+ "Я вчера дважды разговаривал с Премьер-министром Италии."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED.minusDays(1), List.of(PUTIN, "Italy")));
		// look-alike: speaking to an audience in a state is an address, not a call
		assertThat(
				calls(Lang.en, COUNCIL, COUNCIL_LEAD + "Vladimir Putin: I spoke to the students of Italy yesterday."))
			.isEmpty();
	}

	@Test
	void aCallReceivedIsACallOfTheCallerWithTheSpeaker() {
		assertThat(calls(Lang.en, COUNCIL,
				COUNCIL_LEAD + "Sergei Lavrov: Thank you. "
						+ "Antony Blinken called me to say that he had read our proposals."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of("Sergei Lavrov", "Antony Blinken")));
		assertThat(calls(Lang.ru, "Совещание с членами Совета Безопасности",
				"Владимир Путин провёл совещание с членами Совета Безопасности. "
						+ "В.Путин: Вчера мне позвонил Эммануэль Макрон и рассказал о своих планах."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED.minusDays(1), List.of(PUTIN, "Emmanuel Macron")));
		// look-alikes: "called us" a name is no call; a call from no one named is unknown
		assertThat(calls(Lang.en, COUNCIL,
				COUNCIL_LEAD + "Vladimir Putin: Joe Biden called us an autocracy, and we did not answer."))
			.isEmpty();
		assertThat(calls(Lang.ru, "Совещание с членами Совета Безопасности",
				"Владимир Путин провёл совещание с членами Совета Безопасности. "
						+ "В.Путин: Вчера мне позвонили из министерства."))
			.isEmpty();
	}

	@Test
	void theTwoLeadersAreThePresidentAndTheLeaderJustNamed() {
		String title = "New Year greetings to foreign heads of state";
		String lead = "Vladimir Putin sent New Year greetings to foreign leaders. ";
		assertThat(calls(Lang.en, title,
				lead + "Addressing Prime Minister of Italy Mario Draghi, the President noted the dialogue. "
						+ "He said that the telephone conversation between the two leaders was important."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, "Mario Draghi")));
		assertThat(calls(Lang.ru, "Новогодние поздравления главам иностранных государств",
				"Владимир Путин направил новогодние поздравления. "
						+ "Обращаясь к Федеральному канцлеру Германии Ангеле Меркель, Президент отметил диалог. "
						+ "Телефонный разговор между двумя лидерами был важен."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, "Angela Merkel")));
		// look-alike: no leader named just before, nothing is known of the call
		assertThat(
				calls(Lang.en, title,
						lead + "The dialogue continued. "
								+ "He said that the telephone conversation between the two leaders was important."))
			.isEmpty();
	}

	@Test
	void thePresidentsUndatedCallInTheNewsItemsAccountIsOfItsDay() {
		assertThat(calls(Lang.en, INSTRUCTIONS,
				"The governor asked for urgent assistance. "
						+ "The President had a telephone conversation with Angela Merkel."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, "Angela Merkel")));
		assertThat(calls(Lang.ru, INSTRUCTIONS_RU,
				"Губернатор попросил о срочной помощи. Президент провёл телефонный разговор с Ангелой Меркель."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, "Angela Merkel")));
		// look-alikes: "earlier" leaves the day untold; in a speech it is no account
		assertThat(calls(Lang.en, INSTRUCTIONS,
				"The governor asked for urgent assistance. "
						+ "Earlier, the President had a telephone conversation with Angela Merkel."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly((LocalDate) null);
		assertThat(calls(Lang.en, COUNCIL,
				COUNCIL_LEAD + "Sergei Lavrov: Thank you. "
						+ "The President had a telephone conversation with Angela Merkel."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly((LocalDate) null);
	}

	@Test
	void aDateOfAnotherEventInTheCallSentenceIsNotTheCallsDay() {
		String title = "Telephone conversation with Federal Chancellor of Germany Angela Merkel";
		assertThat(calls(Lang.en, title,
				"Following the talks held in Moscow on March 10, Vladimir Putin and Angela Merkel "
						+ "continued their discussion in a telephone conversation."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(PUBLISHED);
		assertThat(calls(Lang.ru, "Телефонный разговор с Федеральным канцлером Германии Ангелой Меркель",
				"По итогам переговоров, состоявшихся в Москве 10 марта, Владимир Путин провёл телефонный разговор "
						+ "с Ангелой Меркель."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(PUBLISHED);
		// look-alike: a date right after the call's words is its own
		assertThat(calls(Lang.en, "Meeting with Government members",
				"Vladimir Putin held a meeting with Government members. "
						+ "He recalled the telephone conversation held on March 10 with Angela Merkel."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(LocalDate.of(2025, 3, 10));
	}

	@Test
	void aCounterpartByOfficeIsTheNameThatOpensTheNextSentence() {
		assertThat(calls(Lang.en, INSTRUCTIONS,
				"The governor asked for urgent assistance. "
						+ "The President had a telephone conversation with the Acting Transport Minister. "
						+ "Ivan Sorokin was instructed to fly to the region at once."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, "Ivan Sorokin")));
		assertThat(calls(Lang.ru, INSTRUCTIONS_RU,
				"Губернатор попросил о срочной помощи. Президент провёл телефонный разговор с министром иностранных дел. "
						+ "Сергей Лавров доложил о готовности."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, "Sergei Lavrov")));
		// look-alike: the next sentence names no one, so the counterpart stays unknown
		assertThat(calls(Lang.en, INSTRUCTIONS,
				"The governor asked for urgent assistance. "
						+ "The President had a telephone conversation with the Acting Transport Minister. "
						+ "The minister was instructed to fly to the region at once."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN));
	}

}
