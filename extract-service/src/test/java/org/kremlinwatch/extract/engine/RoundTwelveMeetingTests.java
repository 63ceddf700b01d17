package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;

/**
 * The round-12 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: forums
 * (LABELING.md, sets 7 and 8), the day of a holiday or a document that is not a
 * meeting's, "here" only beside the meeting's own words, "video conference" spelled
 * apart, news conferences, and "the Presidents" reporting a meeting.
 */
class RoundTwelveMeetingTests {

	@Test
	void aForumNamedByItsCityIsAnEarlierMeetingThere() {
		assertThat(meetings(Lang.en, "Statement",
				"We discussed these projects at the St Petersburg International Economic Forum.", null))
			.containsExactly(tuple(null, "St Petersburg"));
		assertThat(
				meetings(Lang.ru, "Заявление", "Об этом мы договорились на Петербургском экономическом форуме.", null))
			.containsExactly(tuple(null, "St Petersburg"));
		// a forum word alone, an invitation and a habit are no meeting
		assertThat(meetings(Lang.en, "Statement", "The council is a useful forum for dialogue between regions.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement",
				"I invited the Prime Minister to the St Petersburg International Economic Forum.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Наши компании всегда приезжают на Петербургский форум.", null))
			.isEmpty();
	}

	@Test
	void aForumPutInACityIsAMeetingThere() {
		assertThat(meetings(Lang.en, "Statement",
				"Our partners will come to the Eastern Economic Forum, which will be held in Vladivostok.", null))
			.containsExactly(tuple(null, "Vladivostok"));
		assertThat(meetings(Lang.ru, "Заявление", "Многие ждут большого экономического форума в Питере.", null))
			.containsExactly(tuple(null, "St Petersburg"));
		// the next item of a list is not the forum's city
		assertThat(meetings(Lang.en, "Statement",
				"I mean the Eastern forum, the industrial fair in Yekaterinburg and others.", null))
			.isEmpty();
	}

	@Test
	void todaysForumOrAnAttendedDatedOneIsThatDaysWithoutAPlace() {
		assertThat(meetings(Lang.ru, "Встреча с губернатором",
				"Губернатор напомнил, что девиз сегодняшнего форума – «Жить на Севере».", "Мурманск"))
			.contains(tuple(PUBLISHED, null));
		assertThat(meetings(Lang.en, "Statement",
				"On March 5, while attending the All-Russia Volunteer Forum, the President joined the campaign.", null))
			.containsExactly(tuple(LocalDate.of(2025, 3, 5), null));
		// a forum's report of a day is not the forum held that day
		assertThat(
				meetings(Lang.en, "Statement", "On March 5, the All-Russia Volunteer Forum published a report.", null))
			.isEmpty();
	}

	@Test
	void aForumHeadlineReportsTheForumAtTheDateline() {
		assertThat(meetings(Lang.ru, "Международный форум «Арктика – территория диалога»",
				"Владимир Путин выступил на пленарном заседании форума. Форум проходит в Мурманске.", "Мурманск"))
			.containsExactly(tuple(PUBLISHED, "Murmansk"));
		assertThat(meetings(Lang.en, "Plenary session of the Future Technologies Forum",
				"Our forum today is of another level. The participants discussed artificial intelligence.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
	}

	@Test
	void aHolidaysDayIsNotTheMeetingsDay() {
		assertThat(meetings(Lang.ru, "Встреча с медсёстрами",
				"В преддверии 8 Марта Владимир Путин провёл встречу с медсёстрами.", "Москва"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.en, "Meeting with nurses",
				"On the eve of March 8, Vladimir Putin held a meeting with nurses.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// a day the meeting itself is on
		assertThat(
				meetings(Lang.ru, "Заявление", "8 марта Владимир Путин провёл встречу с медсёстрами в Казани.", null))
			.containsExactly(tuple(LocalDate.of(2025, 3, 8), "Kazan"));
	}

	@Test
	void aDocumentsDayIsNotTheMeetingsDay() {
		assertThat(meetings(Lang.ru, "Заявление",
				"Решения совещания закреплены постановлением Правительства от 7 февраля.", null))
			.doesNotContain(tuple(LocalDate.of(2025, 2, 7), null));
		assertThat(meetings(Lang.en, "Executive Order",
				"The Order supplements the measures of Executive Order No. 79 of February 28, adopted after the meeting.",
				null))
			.doesNotContain(tuple(LocalDate.of(2025, 2, 28), null));
		// the meeting's own day
		assertThat(meetings(Lang.ru, "Заявление", "Совещание 7 февраля прошло в Сочи.", null))
			.containsExactly(tuple(LocalDate.of(2025, 2, 7), "Sochi"));
	}

	@Test
	void hereIsTheDatelineOnlyBesideTheMeetingsOwnWords() {
		assertThat(meetings(Lang.ru, "Встреча с губернатором",
				"По итогам Вашего совещания 10 февраля принят ряд решений, результаты которых здесь можно увидеть на слайдах.",
				"Москва"))
			.contains(tuple(LocalDate.of(2025, 2, 10), null))
			.doesNotContain(tuple(LocalDate.of(2025, 2, 10), "Moscow"));
		assertThat(meetings(Lang.ru, "Встреча с губернатором",
				"Как мы с Вами здесь встречались 10 февраля, так всё и сделали.", "Москва"))
			.contains(tuple(LocalDate.of(2025, 2, 10), "Moscow"));
		assertThat(meetings(Lang.en, "Meeting with Foreign Minister",
				"The Chancellor is coming on March 20, and the Foreign Minister will be here on March 21.", "Moscow"))
			.contains(tuple(LocalDate.of(2025, 3, 21), "Moscow"));
	}

	@Test
	void aVideoConferenceSpelledApartHasNoPlace() {
		assertThat(meetings(Lang.en, "Meeting on transport",
				"Vladimir Putin held a meeting on transport development via video conference.", "Novo-Ogaryovo"))
			.containsExactly(tuple(PUBLISHED, null));
		assertThat(meetings(Lang.en, "Meeting on transport", "Vladimir Putin held a meeting on transport development.",
				"Novo-Ogaryovo"))
			.containsExactly(tuple(PUBLISHED, "Novo-Ogaryovo"));
	}

	@Test
	void aNewsConferenceIsNoMeeting() {
		assertThat(meetings(Lang.en, "Statement",
				"During the news conference on March 10 in Kazan, a journalist asked.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "На пресс-конференции 10 марта в Казани журналист спросил о дорогах.",
				null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "На конференции 10 марта в Казани обсудили дороги.", null))
			.containsExactly(tuple(LocalDate.of(2025, 3, 10), "Kazan"));
	}

	@Test
	void thePresidentsTakingPartReportTheMeeting() {
		assertThat(meetings(Lang.ru, "Форум Союзного государства",
				"Президенты России и Белоруссии приняли участие в пленарном заседании.", "Волгоград"))
			.containsExactly(tuple(PUBLISHED, "Volgograd"));
		assertThat(meetings(Lang.ru, "Форум Союзного государства",
				"Президенты России и Белоруссии ранее приняли участие в пленарном заседании.", "Волгоград"))
			.doesNotContain(tuple(PUBLISHED, "Volgograd"));
	}

}
