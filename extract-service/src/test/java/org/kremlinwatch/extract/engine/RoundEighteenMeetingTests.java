package org.kremlinwatch.extract.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-18 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: the older
 * verb headline of the release's own meeting, a trip to a region, the lead's meeting
 * under a past-tense headline, a forum held in a region with its days, and a proposed
 * meeting.
 */
class RoundEighteenMeetingTests {

	private static final LocalDate MARCH_13 = LocalDate.of(2025, 3, 13);

	@Test
	void aVerbHeadlineTellsTheDaysMeetingAtTheDateline() {
		assertThat(meetings(Lang.en, "President Vladimir Putin met with the Governor of the Bank of Finland",
				"They discussed the state of the economy.", "Sochi"))
			.containsExactly(tuple(PUBLISHED, "Sochi"));
		assertThat(meetings(Lang.en,
				"Acting President and Prime Minister Vladimir Putin had negotiations with "
						+ "the Prime Minister of Norway",
				"They discussed fisheries.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.ru, "Владимир Путин провёл переговоры с Премьер-министром Норвегии",
				"Стороны обсудили рыболовство.", "Москва"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// a call, a ceremony or a message is no meeting, whatever the headline's verb
		assertThat(meetings(Lang.en,
				"President Vladimir Putin had a telephone conversation with the Prime Minister " + "of Norway",
				"They discussed fisheries.", "Moscow"))
			.isEmpty();
		assertThat(meetings(Lang.en, "Vladimir Putin laid flowers at the memorial",
				"The President honoured the fallen.", "Moscow"))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Владимир Путин поговорил по телефону с Премьер-министром Норвегии",
				"Стороны обсудили рыболовство.", "Москва"))
			.isEmpty();
	}

	@Test
	void aTripToARegionTakesThePlaceItsAccountGives() {
		String en = "The President also met with teachers in Kaluga.";
		assertThat(meetings(Lang.en, "Vladimir Putin visited the Kaluga Region", en, null))
			.containsExactly(tuple(PUBLISHED, "Kaluga"));
		// a visit to a site named after the city is no trip's meeting
		assertThat(meetings(Lang.en, "Vladimir Putin visited the Kaluga Turbine Plant", en, null))
			.doesNotContain(tuple(PUBLISHED, "Kaluga"));
		String ru = "Президент также встретился с учителями в Казани.";
		assertThat(meetings(Lang.ru, "Владимир Путин посетил Казань", ru, null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		assertThat(meetings(Lang.ru, "Владимир Путин посетил авиационный завод", ru, null))
			.doesNotContain(tuple(PUBLISHED, "Kazan"));
	}

	@Test
	void theLeadsMeetingUnderAPastTenseHeadlineIsTheDays() {
		assertThat(meetings(Lang.en, "Vladimir Putin and the President of Finland signed a declaration",
				"After the signing, the two presidents held a separate meeting.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.ru, "Владимир Путин и Президент Финляндии подписали декларацию",
				"После подписания президенты провели отдельную встречу.", "Москва"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// a noun headline does not tell the day's deed; an earlier meeting stays earlier
		assertThat(meetings(Lang.en, "Declaration on cooperation",
				"After the signing, the two presidents held a separate meeting.", "Moscow"))
			.doesNotContain(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.en, "Vladimir Putin and the President of Finland signed a declaration",
				"Last year the two presidents held a separate meeting.", "Moscow"))
			.doesNotContain(tuple(PUBLISHED, "Moscow"));
	}

	@Test
	void aForumHeldInARegionTakesItsDaysWithoutAPlace() {
		assertThat(meetings(Lang.en, "Greetings to participants in a youth forum",
				"The Northern Youth Forum is taking place in the Kaluga Region on March 14–20.", null))
			.containsExactly(tuple(PUBLISHED, null));
		// without its days the forum is no meeting of the release
		assertThat(meetings(Lang.en, "Greetings to participants in a youth forum",
				"The Northern Youth Forum is taking place in the Kaluga Region.", null))
			.isEmpty();
	}

	@Test
	void aProposedMeetingIsNone() {
		assertThat(meetings(Lang.en, "Statement",
				"Mr Putin suggested holding a meeting with the party leaders in the Kremlin on March 20.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление",
				"Владимир Путин предложил провести встречу с лидерами партий в Кремле 20 марта.", null))
			.isEmpty();
		// a meeting held is one
		assertThat(meetings(Lang.en, "Statement",
				"Mr Putin held a meeting with the party leaders in the Kremlin on March 13.", null))
			.containsExactly(tuple(MARCH_13, "Moscow"));
		assertThat(meetings(Lang.ru, "Заявление", "Владимир Путин провёл встречу с лидерами партий в Кремле 13 марта.",
				null))
			.containsExactly(tuple(MARCH_13, "Moscow"));
	}

}
