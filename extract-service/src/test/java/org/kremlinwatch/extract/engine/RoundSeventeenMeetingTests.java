package org.kremlinwatch.extract.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-17 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: Sirius as a
 * venue, a place in the possessive, a contest's round, and a release's own meeting told
 * again without its day where no dateline names its place.
 */
class RoundSeventeenMeetingTests {

	private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

	@Test
	void siriusIsAVenueButNotTheFoundationOfItsName() {
		assertThat(
				meetings(Lang.en, "Statement", "Last year we held a meeting with young researchers at Sirius.", null))
			.containsExactly(tuple(null, "Sirius"));
		assertThat(
				meetings(Lang.ru, "Заявление", "В прошлом году мы провели встречу с молодыми учёными в Сириусе.", null))
			.containsExactly(tuple(null, "Sirius"));
		// the foundation named after it is no place
		assertThat(meetings(Lang.en, "Statement",
				"Last year we held a meeting on the grants given to the Sirius Foundation.", null))
			.doesNotContain(tuple(null, "Sirius"));
		assertThat(meetings(Lang.ru, "Заявление",
				"В прошлом году мы провели встречу по грантам, выделенным в Сириус фонд поддержки.", null))
			.doesNotContain(tuple(null, "Sirius"));
	}

	@Test
	void aPlaceInThePossessiveIsNotTheMeetings() {
		assertThat(meetings(Lang.en, "Statement",
				"After the recent visit, the two leaders held talks on the settlement stalled due to Kazan's position.",
				null))
			.doesNotContain(tuple(null, "Kazan"));
		// the same place as the meeting's own
		assertThat(meetings(Lang.en, "Statement",
				"After the recent visit, the two leaders held talks on the settlement in Kazan.", null))
			.contains(tuple(null, "Kazan"));
		assertThat(meetings(Lang.ru, "Заявление", "После недавнего визита лидеры провели переговоры в Казани.", null))
			.contains(tuple(null, "Kazan"));
	}

	@Test
	void aContestsRoundIsNoRoundOfTalks() {
		assertThat(meetings(Lang.en, "Statement",
				"On March 3, five hundred students took part in a qualification round in Sochi.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement", "On March 3, the EU adopted a new round of sanctions in Brussels.",
				null))
			.isEmpty();
		// a round of talks still is one, in both languages
		assertThat(meetings(Lang.en, "Statement", "On March 3, the delegations held a round of talks in Sochi.", null))
			.containsExactly(tuple(MARCH_3, "Sochi"));
		assertThat(meetings(Lang.en, "Statement", "On March 3, the delegations held the first round in Sochi.", null))
			.containsExactly(tuple(MARCH_3, "Sochi"));
		assertThat(meetings(Lang.ru, "Заявление", "3 марта в Сочи прошёл раунд переговоров делегаций.", null))
			.containsExactly(tuple(MARCH_3, "Sochi"));
	}

	@Test
	void theDaysOwnMeetingToldAgainWithoutADatelineIsThatMeeting() {
		String en = "Today the talks took place here, at Vostochny Cosmodrome. ";
		assertThat(meetings(Lang.en, "Joint news conference with President of Kazakhstan",
				en + "Everything we saw during our visit to Vostochny Cosmodrome impressed us.", null))
			.contains(tuple(PUBLISHED, "Vostochny Cosmodrome"))
			.doesNotContain(tuple(null, "Vostochny Cosmodrome"));
		String ru = "Сегодня переговоры прошли здесь, на космодроме «Восточный». ";
		assertThat(meetings(Lang.ru, "Совместная пресс-конференция с Президентом Казахстана",
				ru + "Всё, что мы увидели во время нашего визита на космодром «Восточный», впечатляет.", null))
			.contains(tuple(PUBLISHED, "Vostochny Cosmodrome"))
			.doesNotContain(tuple(null, "Vostochny Cosmodrome"));
		// an earlier meeting there, told as such, is another one
		assertThat(meetings(Lang.en, "Joint news conference with President of Kazakhstan",
				en + "We also held talks at Vostochny Cosmodrome last year.", null))
			.contains(tuple(PUBLISHED, "Vostochny Cosmodrome"), tuple(null, "Vostochny Cosmodrome"));
		assertThat(meetings(Lang.ru, "Совместная пресс-конференция с Президентом Казахстана",
				ru + "Мы уже проводили переговоры на космодроме «Восточный» в прошлом году.", null))
			.contains(tuple(PUBLISHED, "Vostochny Cosmodrome"), tuple(null, "Vostochny Cosmodrome"));
	}

}
