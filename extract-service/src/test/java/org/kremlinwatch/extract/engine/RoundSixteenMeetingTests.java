package org.kremlinwatch.extract.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-16 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: a place
 * that belongs to a sports event or a diplomatic mission, a videoconference as the
 * meeting itself, the President's report of a meeting late in a long sentence, and a
 * headline's own city where neither dateline nor lead places the meeting.
 */
class RoundSixteenMeetingTests {

	private static final LocalDate MARCH_3 = LocalDate.of(2025, 3, 3);

	@Test
	void aPlaceOfASportsEventOrAMissionIsNotTheMeetings() {
		assertThat(meetings(Lang.en, "Statement",
				"The President met with the medallists of the World Championships in Kazan in the Kremlin.", null))
			.containsExactly(tuple(null, "Moscow"));
		assertThat(meetings(Lang.en, "Statement",
				"During the visit we plan to open consulates in Kazan and in Kaluga and to hold talks.", null))
			.doesNotContain(tuple(null, "Kazan"), tuple(null, "Kaluga"));
		assertThat(meetings(Lang.ru, "Заявление", "Мы встретились на открытии Олимпийских игр в Казани.", null))
			.doesNotContain(tuple(null, "Kazan"));
		assertThat(meetings(Lang.ru, "Заявление",
				"В ходе визита мы планируем открыть консульства в Казани и в Калуге и провести переговоры.", null))
			.doesNotContain(tuple(null, "Kazan"), tuple(null, "Kaluga"));
		// the meeting's own place, in the same words without the event or the mission
		assertThat(meetings(Lang.en, "Statement", "The President met with the medallists in Kazan.", null))
			.containsExactly(tuple(null, "Kazan"));
		assertThat(meetings(Lang.ru, "Заявление", "Переговоры пройдут в Казани и в Калуге.", null))
			.contains(tuple(null, "Kazan"));
	}

	@Test
	void aVideoconferenceIsAMeetingNotWhenItIsTheFormatOfAnotherOrACeremony() {
		assertThat(meetings(Lang.en, "Interview",
				"During a videoconference on March 3, the two presidents discussed trade.", null))
			.containsExactly(tuple(MARCH_3, null));
		assertThat(meetings(Lang.ru, "Интервью", "В ходе видеоконференции 3 марта президенты обсудили торговлю.", null))
			.containsExactly(tuple(MARCH_3, null));
		// the format of something that is no meeting, or a ceremony
		assertThat(meetings(Lang.en, "Statement",
				"On March 3, the President took part via videoconference in the opening of a new bridge.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement",
				"On March 3, the President attended a videoconference ceremony to launch a new plant.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление",
				"3 марта Президент в режиме видеоконференции дал старт работе нового завода.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление",
				"На церемонии 3 марта, прошедшей в ходе видеоконференции, президенты дали команду к началу строительства школы.",
				null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement",
				"At the ceremony on March 3, held as a videoconference, the presidents launched the construction.",
				null))
			.isEmpty();
		// talks beside a ceremony still count
		assertThat(meetings(Lang.en, "Statement",
				"After the ceremony on March 3, the presidents held talks via videoconference.", null))
			.containsExactly(tuple(MARCH_3, null));
	}

	@Test
	void thePresidentsReportOfAMeetingLateInALongSentenceDatesIt() {
		String companions = "the Health Minister, the regional governor, the heads of several charitable foundations,"
				+ " representatives of veterans' organisations and of the regional legislature,";
		assertThat(meetings(Lang.en, "Visit to a support centre", "The President was accompanied by " + companions
				+ " and by the widow of a veteran, with whom Vladimir Putin held a separate meeting in the Kremlin before the visit.",
				null))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		String ru = "Главу государства сопровождали министр здравоохранения, губернатор области, руководители"
				+ " нескольких благотворительных фондов, представители ветеранских организаций и областного парламента,"
				+ " а также вдова ветерана, с которой Президент перед посещением провёл отдельную встречу в Кремле.";
		assertThat(meetings(Lang.ru, "Посещение центра поддержки", ru, null))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// the same report of a meeting told as earlier than the release's day
		assertThat(meetings(Lang.en, "Visit to a support centre", "The President was accompanied by " + companions
				+ " and by the widow of a veteran, with whom Vladimir Putin held a meeting in the Kremlin last year.",
				null))
			.doesNotContain(tuple(PUBLISHED, "Moscow"));
		assertThat(
				meetings(Lang.ru, "Посещение центра поддержки", ru.replace("перед посещением", "в прошлом году"), null))
			.doesNotContain(tuple(PUBLISHED, "Moscow"));
	}

	@Test
	void aHeadlinesOwnCityPlacesItsMeetingWhereNothingElseDoes() {
		assertThat(meetings(Lang.en, "Meeting with Kazan residents", "Vladimir Putin met with residents of the city.",
				null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		assertThat(meetings(Lang.ru, "Встреча с жителями Казани", "Владимир Путин встретился с жителями города.", null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		// a dateline places it, and a region is no city
		assertThat(meetings(Lang.en, "Meeting with Kazan residents", "Vladimir Putin met with residents of the city.",
				"Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(
				meetings(Lang.en, "Meeting with Kaluga Region Governor", "Vladimir Putin met with the Governor.", null))
			.containsExactly(tuple(PUBLISHED, null));
	}

}
