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
 * The round-14 call rules on hand-written sentences in both languages, each with a
 * look-alike that must not fire: another official's own call in his turn, calls of two
 * others told with "their", "his telephone call" after the sentence naming him, "also
 * spoke" among the calls a release reports, several states by office, the clause of a
 * call's day, and calls asked about or still ahead.
 */
class RoundFourteenCallTests {

	private static final String PUTIN = "Vladimir Putin";

	private static final String LUKASHENKO = "Alexander Lukashenko";

	private static final String MEETING = "Meeting with President of Belarus Alexander Lukashenko";

	private static final String LEAD = "Vladimir Putin met with President of Belarus Alexander Lukashenko. ";

	@Test
	void anotherOfficialsCallInHisTurnIsHis() {
		// the President addressed or named: the call was with him
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Alexander Lukashenko: Friends, welcome. "
						+ "We have just had a telephone conversation with the President of Russia."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, LUKASHENKO)));
		// another leader named: a call of those two
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Alexander Lukashenko: Thank you. I spoke with Angela Merkel by telephone yesterday."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED.minusDays(1), List.of(LUKASHENKO, "Angela Merkel")));
		// look-alike: the same words in the President's own account are his call
		assertThat(calls(Lang.en, MEETING, LEAD + "I spoke with Angela Merkel by telephone yesterday."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "Angela Merkel"));
		// look-alike: a minister's "we" is his agency, no one known on the other end
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Sergei Lavrov: Thank you. We had a telephone conversation with the regional governors."))
			.isEmpty();
		// look-alike: contact as a habit is no call
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Alexander Lukashenko: Thank you. We regularly talk by telephone with you."))
			.isEmpty();
	}

	@Test
	void whatWasSaidOnTheCallIsNeitherItsDayNorItsHabit() {
		// "always" and "today" belong to what was said, past the colon
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Alexander Lukashenko: Thank you. "
						+ "I have told you over the phone more than once: Belarus is always under sanctions, "
						+ "which have become more extensive today."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, LUKASHENKO)));
		// look-alike: a day in the call's own clause is its day
		assertThat(calls(Lang.en, MEETING,
				LEAD + "Alexander Lukashenko: Thank you. "
						+ "I told you over the phone yesterday that Belarus is under sanctions."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(PUBLISHED.minusDays(1));
	}

	@Test
	void aDateInARelativeClauseIsNotTheCallsDay() {
		assertThat(calls(Lang.en, "Telephone conversation with Angela Merkel",
				"Vladimir Putin had a telephone conversation with Angela Merkel, "
						+ "who completed her term of office as Federal Chancellor on March 8."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(PUBLISHED);
		// look-alike: the call's own day
		assertThat(calls(Lang.en, "Telephone conversation with Angela Merkel",
				"On March 12, Vladimir Putin had a telephone conversation with Angela Merkel."))
			.extracting(ExtractedEvent::dateStart)
			.containsExactly(LocalDate.of(2025, 3, 12));
	}

	@Test
	void theirContactsOverTheTelephoneAreACallOfThoseTwo() {
		String title = "Telephone conversation with Prime Minister of Italy Mario Draghi";
		String lead = "Vladimir Putin had a telephone conversation with Prime Minister of Italy Mario Draghi. ";
		assertThat(calls(Lang.en, title,
				lead + "They discussed the humanitarian situation, as agreed by "
						+ "Alexander Lukashenko and Angela Merkel during their recent contacts over the telephone."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.contains(tuple(null, List.of(LUKASHENKO, "Angela Merkel")));
		// look-alike: the President among "them" is his own call, told again
		assertThat(calls(Lang.en, title,
				lead + "Vladimir Putin and Mario Draghi valued their regular contacts over the telephone."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "Mario Draghi"));
	}

	@Test
	void hisTelephoneCallIsWithThePersonJustNamed() {
		String title = "Meeting of the Supreme Eurasian Economic Council";
		String lead = "Vladimir Putin took part in a meeting of the Council. ";
		assertThat(calls(Lang.en, title,
				lead + "Nursultan Nazarbayev initiated this union. "
						+ "I remember very well his telephone call when he asked me about our priorities."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, "Nursultan Nazarbayev")));
		assertThat(calls(Lang.ru, "Заседание Высшего Евразийского экономического совета",
				"Владимир Путин принял участие в заседании совета. Нурсултан Назарбаев был инициатором союза. "
						+ "Я хорошо помню его телефонный звонок."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, "Nursultan Nazarbayev")));
		// look-alike: no one named just before, nothing is known of the call
		assertThat(
				calls(Lang.en, title,
						lead + "This union has grown. "
								+ "I remember very well his telephone call when he asked me about our priorities."))
			.isEmpty();
	}

	@Test
	void alsoSpokeUnderACallHeadlineIsAnotherOfTheReleasesCalls() {
		String title = "Vladimir Putin had several telephone conversations with heads of CSTO member states";
		assertThat(calls(Lang.en, title, "On March 6, Vladimir Putin had several telephone conversations "
				+ "with heads of CSTO member states. The Russian President had telephone conversations with "
				+ "President of Kyrgyzstan Sadyr Japarov and Prime Minister of Armenia Nikol Pashinyan. "
				+ "Vladimir Putin also spoke by phone several times with President of Kazakhstan Kassym-Jomart Tokayev."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.contains(tuple(LocalDate.of(2025, 3, 6), List.of(PUTIN, "Kassym-Jomart Tokayev")));
		String campaign = "Vladimir Putin spoke on the phone with participants in the charity campaign";
		assertThat(calls(Lang.en, campaign,
				"Vladimir Putin spoke on the phone with six-year-old Ivan Sokolov. "
						+ "Vladimir Putin also spoke to another participant in the charity campaign, Pyotr Zuyev."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.contains(tuple(PUBLISHED, List.of(PUTIN, "Pyotr Zuyev")));
		// look-alike: "also spoke to" under a meeting's headline is no call
		assertThat(calls(Lang.en, "Meeting with participants in the charity campaign",
				"Vladimir Putin met with winners of the campaign. "
						+ "Vladimir Putin also spoke to another participant in the charity campaign, Pyotr Zuyev."))
			.isEmpty();
	}

	@Test
	void severalStatesByOfficeAreACallEach() {
		String title = "Annual news conference";
		String lead = "The President's annual news conference took place. ";
		assertThat(calls(Lang.en, title,
				lead + "I spoke with the President of France and the Chancellor of "
						+ "the Federal Republic of Germany, asking them to allow our specialists to come."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "France"), List.of(PUTIN, "Germany"));
		// look-alike: one state, one call
		assertThat(calls(Lang.en, title,
				lead + "I spoke with the President of France, asking him to allow our specialists to come."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "France"));
	}

	@Test
	void thePartnerBeforeTheVerbAndTheRussianVerbsOfACall() {
		String title = "Annual news conference";
		String lead = "The President's annual news conference took place. ";
		assertThat(calls(Lang.en, title, lead + "Mr Draghi and I have spoken on the telephone several times."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(null, List.of(PUTIN, "Mario Draghi")));
		assertThat(calls(Lang.ru, "Новости",
				"Президент принял участие в совещании. Владимир Путин и Эммануэль Макрон созвонились 12 марта."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(LocalDate.of(2025, 3, 12), List.of(PUTIN, "Emmanuel Macron")));
		// look-alikes: calls ahead
		assertThat(calls(Lang.en, title, lead + "Mr Draghi and I will speak on the telephone next week.")).isEmpty();
		assertThat(
				calls(Lang.ru, "Новости",
						"Президент принял участие в совещании. "
								+ "Владимир Путин и Эммануэль Макрон договорились созвониться на следующей неделе."))
			.isEmpty();
	}

	@Test
	void aCallAskedAboutOrStillAheadIsNone() {
		String title = "Press statements following talks";
		String lead = "Vladimir Putin made press statements. ";
		assertThat(calls(Lang.en, title,
				lead + "Question: Did you have a telephone conversation with Emmanuel Macron yet?"))
			.isEmpty();
		// look-alike: a question that tells a call
		assertThat(calls(Lang.en, title,
				lead + "Question: You had a telephone conversation with Emmanuel Macron yesterday, what did he say?"))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "Emmanuel Macron"));
		String ru = "Владимир Путин провёл совещание. ";
		assertThat(calls(Lang.ru, "Совещание",
				ru + "Сегодня у Вас очень важный телефонный разговор с Эммануэлем Макроном."))
			.isEmpty();
		// look-alike: «у нас был» tells a call that took place
		assertThat(calls(Lang.ru, "Совещание", ru + "У нас был телефонный разговор с Эммануэлем Макроном."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN, "Emmanuel Macron"));
	}

	@Test
	void servicemenInACallHeadlineAreRussia() {
		assertThat(calls(Lang.ru, "Президент по телефону поздравил командиров с победой",
				"Владимир Путин поздравил их с победой и поблагодарил за работу."))
			.extracting(ExtractedEvent::dateStart, ExtractedEvent::participants)
			.containsExactly(tuple(PUBLISHED, List.of(PUTIN, "Russia")));
		// look-alike: no servicemen in the headline
		assertThat(calls(Lang.ru, "Президент по телефону поздравил спортсмена с юбилеем",
				"Владимир Путин поздравил его с юбилеем."))
			.extracting(ExtractedEvent::participants)
			.containsExactly(List.of(PUTIN));
	}

}
