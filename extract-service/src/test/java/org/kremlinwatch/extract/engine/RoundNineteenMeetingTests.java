package org.kremlinwatch.extract.engine;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.date.DateFinder;
import org.kremlinwatch.extract.date.DateMention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-19 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025), each beside a look-alike that must not change: days told
 * by a fixed offset back, a forum its own clause dates, a forum going on in a city, and a
 * noun headline's meeting dated by its lead.
 */
class RoundNineteenMeetingTests {

	private static final LocalDate MARCH_13 = LocalDate.of(2025, 3, 13);

	private static final LocalDate MARCH_12 = LocalDate.of(2025, 3, 12);

	private static final LocalDate MARCH_7 = LocalDate.of(2025, 3, 7);

	@Test
	void aFixedOffsetBackIsADayAVagueOneIsNone() {
		DateFinder en = new DateFinder(Lang.en, PUBLISHED);
		assertThat(en.find("We spoke about it a week ago and again two days ago.")).extracting(DateMention::from)
			.containsExactly(MARCH_7, MARCH_12);
		assertThat(new DateFinder(Lang.en, PUBLISHED).find("Two weeks ago the plan was ready."))
			.extracting(DateMention::from)
			.containsExactly(LocalDate.of(2025, 2, 28));
		DateFinder ru = new DateFinder(Lang.ru, PUBLISHED);
		assertThat(ru.find("Мы говорили об этом неделю назад и ещё раз два дня назад.")).extracting(DateMention::from)
			.containsExactly(MARCH_7, MARCH_12);
		// "a few days ago", «несколько дней назад», "a couple of days ago": no fixed day
		assertThat(new DateFinder(Lang.en, PUBLISHED).find("We spoke about it a few days ago.")).isEmpty();
		assertThat(new DateFinder(Lang.en, PUBLISHED).find("We spoke a couple of days ago.")).isEmpty();
		assertThat(new DateFinder(Lang.ru, PUBLISHED).find("Мы говорили об этом несколько дней назад.")).isEmpty();
	}

	@Test
	void aFixedOffsetDatesOnlyAMeetingToldInItsClause() {
		assertThat(meetings(Lang.en, "Statement", "The two ministers met in the Kremlin a week ago.", null))
			.containsExactly(tuple(MARCH_7, "Moscow"));
		assertThat(meetings(Lang.ru, "Заявление", "Министры провели переговоры в Кремле неделю назад.", null))
			.containsExactly(tuple(MARCH_7, "Moscow"));
		// the day of something else in the meeting's sentence
		assertThat(meetings(Lang.en, "Statement",
				"To open our meeting, I would like to recall the holiday: just a week ago, we marked Science Day.",
				null))
			.doesNotContain(tuple(MARCH_7, null));
		assertThat(meetings(Lang.ru, "Заявление",
				"Открывая наше совещание, хочу напомнить: всего неделю назад мы отмечали День науки.", null))
			.doesNotContain(tuple(MARCH_7, null));
	}

	@Test
	void aForumsOwnClauseDatesIt() {
		assertThat(meetings(Lang.en, "Interview",
				"What did you think of his speech at the Northern Youth Congress, which he gave two days ago?", null))
			.containsExactly(tuple(MARCH_12, null));
		assertThat(meetings(Lang.ru, "Интервью",
				"Как Вы оцениваете его речь на Северном молодёжном форуме, который прошёл два дня назад?", null))
			.containsExactly(tuple(MARCH_12, null));
		// a vague offset dates nothing
		assertThat(meetings(Lang.en, "Interview",
				"What did you think of his speech at the Northern Youth Congress, which he gave a few days ago?", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Интервью",
				"Как Вы оцениваете его речь на Северном молодёжном форуме, который прошёл несколько дней назад?", null))
			.isEmpty();
	}

	@Test
	void aForumGoingOnInACityHasNoDayUnlessItsClauseGivesDays() {
		assertThat(meetings(Lang.en, "Greetings to a theatre congress",
				"Vladimir Putin sent greetings to participants in the 2nd Congress of Northern Theatres, "
						+ "now underway in Kazan.",
				null))
			.containsExactly(tuple(null, "Kazan"));
		// its days in the same clause are its own
		assertThat(meetings(Lang.en, "Greetings to a youth forum",
				"The Northern Youth Forum is taking place in Kazan on March 14–20.", null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
	}

	@Test
	void aLeadTellsTheDayOfTheHeadlinesMeeting() {
		assertThat(meetings(Lang.en, "Meeting with Governor of Kaluga Region Vladislav Shapsha",
				"Yesterday evening, Vladimir Putin had a meeting with Governor of Kaluga Region Vladislav Shapsha.",
				"Moscow"))
			.containsExactly(tuple(MARCH_13, "Moscow"));
		assertThat(meetings(Lang.ru, "Встреча с губернатором Калужской области Владиславом Шапшой",
				"Вчера вечером Владимир Путин провёл встречу с губернатором Калужской области Владиславом Шапшой.",
				"Москва"))
			.containsExactly(tuple(MARCH_13, "Moscow"));
		// a lead without a day: the publication day; an earlier meeting the lead recalls
		// is not the headline's
		assertThat(meetings(Lang.en, "Meeting with Governor of Kaluga Region Vladislav Shapsha",
				"Vladimir Putin had a meeting with Governor of Kaluga Region Vladislav Shapsha.", "Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.en, "Meeting with Governor of Kaluga Region Vladislav Shapsha",
				"Following your meeting on March 3, a number of decisions were taken.", "Moscow"))
			.doesNotContain(tuple(LocalDate.of(2025, 3, 3), "Moscow"));
		assertThat(meetings(Lang.en, "Meeting with Governor of Kaluga Region Vladislav Shapsha",
				"Last year, on March 13, Vladimir Putin had a meeting with the Governor's predecessor.", "Moscow"))
			.contains(tuple(PUBLISHED, "Moscow"));
	}

}
