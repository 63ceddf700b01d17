package org.kremlinwatch.extract.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-14 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: a
 * videoconference told in another sentence of the lead than its meeting, a meeting held
 * by videoconference without a day of its own, a meeting of the day told in the past
 * tense, talks told by what was discussed or agreed in a city, "we met in", and the
 * President named beside the day's placed meeting.
 */
class RoundFourteenMeetingTests {

	@Test
	void aLeadSentenceThatTellsTheMeetingsVideoconferenceTakesTheDatelineOff() {
		assertThat(meetings(Lang.ru, "Совещание с членами Правительства",
				"Президент провёл совещание с членами Правительства. Встреча прошла в формате видеоконференции.",
				"Санкт-Петербург"))
			.containsExactly(tuple(PUBLISHED, null));
		assertThat(meetings(Lang.en, "Meeting with Security Council members",
				"Vladimir Putin held a meeting with permanent members of the Security Council. "
						+ "The meeting was held via videoconference.",
				"Novo-Ogaryovo, Moscow Region"))
			.containsExactly(tuple(PUBLISHED, null));
		// some taking part by video link: the meeting is still where the dateline says
		assertThat(meetings(Lang.ru, "Совещание с членами Правительства",
				"Президент провёл совещание с членами Правительства. Ряд губернаторов подключились по видеосвязи.",
				"Санкт-Петербург"))
			.containsExactly(tuple(PUBLISHED, "St Petersburg"));
		assertThat(meetings(Lang.en, "Meeting with Security Council members",
				"Vladimir Putin held a meeting with permanent members of the Security Council. "
						+ "Two governors addressed the meeting via videoconference.",
				"Novo-Ogaryovo, Moscow Region"))
			.containsExactly(tuple(PUBLISHED, "Novo-Ogaryovo"));
	}

	@Test
	void aMeetingThePresidentAttendedByVideoconferenceIsThePublicationDays() {
		assertThat(meetings(Lang.en, "Statement",
				"Vladimir Putin attended a summit of the Eurasian Economic Union, held via videoconference.", null))
			.containsExactly(tuple(PUBLISHED, null));
		assertThat(meetings(Lang.ru, "Заявление",
				"Владимир Путин провёл совещание по экономическим вопросам в режиме видеоконференции.", null))
			.containsExactly(tuple(PUBLISHED, null));
		// talks he only comments on are not his meeting of the day
		assertThat(meetings(Lang.en, "Statement",
				"Vladimir Putin also gave his assessment of the talks between the two delegations held via videoconference.",
				null))
			.doesNotContain(tuple(PUBLISHED, null));
	}

	@Test
	void aMeetingOfTheDayToldInThePastTenseTookPlace() {
		assertThat(meetings(Lang.ru, "Церемония открытия моста",
				"Сегодня мы подробно обсуждали это на совещании по транспорту.", null))
			.containsExactly(tuple(PUBLISHED, null));
		assertThat(meetings(Lang.en, "Statement", "Our consultations today were long and useful.", null))
			.containsExactly(tuple(PUBLISHED, null));
		// the present tense tells no meeting held
		assertThat(meetings(Lang.ru, "Церемония открытия моста", "Сегодня совещания по транспорту очень нужны.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement", "Consultations today are more important than ever.", null)).isEmpty();
	}

	@Test
	void talksToldByWhatWasAgreedInACityAreAMeetingThere() {
		assertThat(meetings(Lang.en, "Statement", "As you know, we reached certain agreements in Istanbul.", null))
			.containsExactly(tuple(null, "Istanbul"));
		assertThat(meetings(Lang.en, "Statement", "Yesterday, we discussed these plans with the governors in Sochi.",
				null))
			.containsExactly(tuple(PUBLISHED.minusDays(1), "Sochi"));
		assertThat(meetings(Lang.ru, "Заявление", "Помню, как мы начинали обсуждение этих вопросов в Гомеле.", null))
			.containsExactly(tuple(null, "Gomel"));
		// a signing is a ceremony; a city the sentence goes to afterwards is not the
		// talks'
		assertThat(meetings(Lang.en, "Statement", "These agreements were signed in Minsk.", null)).isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Мы договорились об этом, а потом я поехал в Стамбул.", null))
			.isEmpty();
	}

	@Test
	void weMetInIsAMeeting() {
		assertThat(meetings(Lang.en, "Statement", "Last time we met here on March 3.", "The Kremlin, Moscow"))
			.containsExactly(tuple(LocalDate.of(2025, 3, 3), "Moscow"));
		assertThat(meetings(Lang.en, "Statement", "You and I met in Sochi not so long ago.", null))
			.containsExactly(tuple(null, "Sochi"));
		// "met" with an object is no meeting
		assertThat(meetings(Lang.en, "Statement", "We met these targets in Sochi on March 3.", null)).isEmpty();
	}

	@Test
	void thePresidentNamedBesideTheDaysPlacedMeetingIsThatMeeting() {
		assertThat(meetings(Lang.en, "Meeting with Governor of the Tver Region",
				"Vladimir Putin met with the Governor of the Tver Region in the Kremlin. "
						+ "Mr Putin, thank you for the issues we discussed at today's meeting.",
				"The Kremlin, Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// a videoconference of the day is another meeting
		assertThat(meetings(Lang.en, "Meeting with Governor of the Tver Region",
				"Vladimir Putin met with the Governor of the Tver Region in the Kremlin. "
						+ "Mr Putin, thank you for the issues we discussed at today's videoconference meeting.",
				"The Kremlin, Moscow"))
			.containsExactlyInAnyOrder(tuple(PUBLISHED, "Moscow"), tuple(PUBLISHED, null));
	}

}
