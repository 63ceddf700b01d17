package org.kremlinwatch.extract.engine;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The round-9 meeting rules on hand-written sentences in both languages, each beside a
 * look-alike that must not change: the release's own account dating and placing its
 * meetings, a day without a year that a past verb tells, the date nearest the meeting
 * word, and today's meeting told again without its place.
 */
class RoundNineMeetingTests {

	@Test
	void aMeetingTheAccountGoesOnToIsHeldThatDayWhereTheVisitWas() {
		assertThat(meetings(Lang.ru, "Посещение завода",
				"В Казани Владимир Путин посетил завод «Электрон». Далее глава государства провёл совещание о развитии отрасли.",
				null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		// an earlier meeting keeps its unknown day
		assertThat(meetings(Lang.ru, "Посещение завода", "Ранее Владимир Путин провёл совещание в Казани.", null))
			.containsExactly(tuple(null, "Kazan"));
	}

	@Test
	void aSessionThePresidentAttendedIsOnThePublicationDayAtTheDateline() {
		assertThat(meetings(Lang.en, "Russian Energy Week",
				"The President attended the plenary session of the Russian Energy Week forum.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// "was attended by" lists who came; "should be held" is no report
		assertThat(meetings(Lang.en, "Russian Energy Week", "The session was attended by the ministers of energy.",
				"Moscow"))
			.doesNotContain(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.en, "Meeting with Security Council members",
				"Vladimir Putin held a meeting with Security Council members via videoconference. "
						+ "Opening the meeting, the President noted that the elections should be held calmly.",
				"Novo-Ogaryovo"))
			.containsExactly(tuple(PUBLISHED, null));
	}

	@Test
	void thatSameDayGoesOnFromTheHeadlinesDay() {
		assertThat(meetings(Lang.en, "On March 20, Vladimir Putin will visit Sochi",
				"The President will meet with the Mayor in Sochi. That same day, the President will take part, "
						+ "via videoconference, in a meeting of the Security Council.",
				null))
			.contains(tuple(LocalDate.of(2025, 3, 20), "Sochi"), tuple(LocalDate.of(2025, 3, 20), null));
		// without "That same day" the videoconference has no day of its own
		assertThat(meetings(Lang.en, "On March 20, Vladimir Putin will visit Sochi",
				"The President will meet with the Mayor in Sochi. Later in spring, the President will take part, "
						+ "via videoconference, in a meeting of the Security Council.",
				null))
			.doesNotContain(tuple(LocalDate.of(2025, 3, 20), null));
	}

	@Test
	void aDayThatAPastVerbTellsLiesInTheYearBefore() {
		assertThat(meetings(Lang.ru, "Заявление",
				"Поручения по итогам совещания, состоявшегося 26 июня в Сочи, выполнены.", null))
			.containsExactly(tuple(LocalDate.of(2024, 6, 26), "Sochi"));
		assertThat(meetings(Lang.en, "Statement", "The consultations that took place on June 26 in Geneva were useful.",
				null))
			.containsExactly(tuple(LocalDate.of(2024, 6, 26), "Geneva"));
		// the future keeps the coming June
		assertThat(meetings(Lang.ru, "Заявление", "Совещание состоится 26 июня в Сочи.", null))
			.containsExactly(tuple(LocalDate.of(2025, 6, 26), "Sochi"));
		assertThat(meetings(Lang.en, "Statement", "The consultations will take place on June 26 in Geneva.", null))
			.containsExactly(tuple(LocalDate.of(2025, 6, 26), "Geneva"));
	}

	@Test
	void theDateRightBeforeTheMeetingWordIsItsDay() {
		assertThat(meetings(Lang.en, "Statement",
				"The call followed up on the January 20 videoconference talks and the March 1 telephone conversation.",
				null))
			.containsExactly(tuple(LocalDate.of(2025, 1, 20), null));
		assertThat(
				meetings(Lang.ru, "Заявление", "Сегодня встречался с губернатором, а вчера говорил с министром.", null))
			.containsExactly(tuple(PUBLISHED, null));
		// the meeting word nearer the later date keeps that date
		assertThat(meetings(Lang.en, "Statement", "On January 20 the ministers spoke, and talks were held on March 1.",
				null))
			.containsExactly(tuple(LocalDate.of(2025, 3, 1), null));
	}

	@Test
	void todaysTalksWithTheSameLeaderAreThePlacedOnes() {
		assertThat(meetings(Lang.en, "Talks with President of Belarus Alexander Lukashenko",
				"Vladimir Putin held talks with President of Belarus Alexander Lukashenko in the Kremlin. "
						+ "Today's talks with Alexander Lukashenko took place in a business-like atmosphere.",
				null))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// another leader met today is another meeting
		assertThat(meetings(Lang.en, "Talks with President of Belarus Alexander Lukashenko",
				"Vladimir Putin held talks with President of Belarus Alexander Lukashenko in the Kremlin. "
						+ "Today's meeting with Emmanuel Macron took place in a business-like atmosphere.",
				null))
			.contains(tuple(PUBLISHED, "Moscow"), tuple(PUBLISHED, null));
	}

	@Test
	void theVisitsTalksAnnouncedOnArrivalAreThatDays() {
		assertThat(meetings(Lang.en, "Vladimir Putin arrived in New Delhi",
				"As part of his working visit, Vladimir Putin will have talks with Prime Minister Narendra Modi.",
				"New Delhi"))
			.containsExactly(tuple(PUBLISHED, "New Delhi"));
		assertThat(meetings(Lang.ru, "Владимир Путин прибыл в Казань",
				"В ходе визита Президент проведёт переговоры с руководством республики.", "Казань"))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		// talks announced for later keep their unknown day
		assertThat(meetings(Lang.en, "Vladimir Putin arrived in New Delhi",
				"Vladimir Putin will have talks with Prime Minister Narendra Modi next week.", "New Delhi"))
			.doesNotContain(tuple(PUBLISHED, "New Delhi"));
		// without an arrival an announcement keeps its unknown day
		assertThat(meetings(Lang.en, "Vladimir Putin's programme",
				"As part of his working visit, Vladimir Putin will have talks with Prime Minister Narendra Modi.",
				"New Delhi"))
			.doesNotContain(tuple(PUBLISHED, "New Delhi"));
	}

}
