package org.kremlinwatch.extract.engine;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * Round 15b: meeting rules for the older pages users feed (1999-2020) and for sentences
 * the corpus runs together after a quote, on hand-written sentences in both languages
 * (releases published on 14 March 2025), each beside a look-alike that must stay a
 * meeting or stay none: a reaction "met with", sport, meeting a challenge, a habitual
 * visit, a treaty's "shall be held", "await our next meeting", a headline that reports
 * consultations in a city, a forum "taking place" in a city or a region.
 */
class RoundFifteenEraTests {

	@Test
	void aProposalMetWithCriticismIsNoMeeting() {
		assertThat(meetings(Lang.en, "Statement", "The plan was instantly met with criticism in Paris.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement", "The idea met with understanding in Berlin.", null)).isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Решение было встречено с пониманием в Берлине.", null)).isEmpty();
		// met with a person
		assertThat(meetings(Lang.en, "Statement", "The minister met with the mayor in Berlin.", null))
			.containsExactly(tuple(null, "Berlin"));
		assertThat(meetings(Lang.ru, "Заявление", "Министр встретился с мэром в Берлине.", null))
			.containsExactly(tuple(null, "Berlin"));
	}

	@Test
	void athletesWhoMeetInACityHoldNoTalks() {
		assertThat(meetings(Lang.en, "Statement",
				"You are among the strongest athletes who will meet in Oslo to compete.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement", "The two teams will meet in the final in Kazan.", null)).isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Сборные России и Сербии встретятся в Белграде.", null)).isEmpty();
		// ministers who will meet
		assertThat(
				meetings(Lang.en, "Statement", "You are among the ministers who will meet in Oslo to negotiate.", null))
			.containsExactly(tuple(null, "Oslo"));
		assertThat(meetings(Lang.ru, "Заявление", "Министры России и Сербии встретятся в Белграде.", null))
			.containsExactly(tuple(null, "Belgrade"));
	}

	@Test
	void meetingAChallengeIsNoMeeting() {
		assertThat(meetings(Lang.en, "Statement", "Our industry is ready to meet the challenges of tomorrow.", null))
			.isEmpty();
		// meeting a person tomorrow
		assertThat(meetings(Lang.en, "Statement", "Our minister is ready to meet the governor tomorrow.", null))
			.containsExactly(tuple(PUBLISHED.plusDays(1), null));
	}

	@Test
	void visitorsWhoVisitACityEveryYearMakeNoOfficialVisit() {
		assertThat(meetings(Lang.en, "Statement",
				"Every winter famous musicians visit Vienna to play at the New Year concert.", null))
			.isEmpty();
		// the President's visit, told by a verb and by a noun
		assertThat(meetings(Lang.en, "Statement", "Every winter the President will visit Vienna for talks.", null))
			.containsExactly(tuple(null, "Vienna"));
		assertThat(meetings(Lang.en, "Statement", "The Prime Minister's visit to Vienna took place last week.", null))
			.containsExactly(tuple(null, "Vienna"));
	}

	@Test
	void aTreatysConsultationsThatShallBeHeldAreARuleNotAnEvent() {
		assertThat(meetings(Lang.en, "Statement",
				"Such consultations shall be held in Geneva within thirty days of a request.", null))
			.isEmpty();
		assertThat(
				meetings(Lang.ru, "Заявление", "Заседания Совета проводятся не реже одного раза в год в Москве.", null))
			.isEmpty();
		// consultations announced, a session held
		assertThat(meetings(Lang.en, "Statement",
				"Such consultations will be held in Geneva within thirty days of a request.", null))
			.containsExactly(tuple(null, "Geneva"));
		assertThat(meetings(Lang.ru, "Заявление", "Заседание Совета прошло в Москве.", null))
			.containsExactly(tuple(null, "Moscow"));
	}

	@Test
	void aNextMeetingAwaitedIsAnnounced() {
		assertThat(statuses(Lang.en, "Statement", "I remember our talk well and I await our next meeting in Madrid."))
			.containsExactly(EventStatus.ANNOUNCED);
		assertThat(statuses(Lang.ru, "Заявление", "Я с нетерпением жду нашей следующей встречи в Мадриде."))
			.containsExactly(EventStatus.ANNOUNCED);
		// the last meeting recalled
		assertThat(statuses(Lang.en, "Statement", "I remember our talk well and I recall our last meeting in Madrid."))
			.containsExactly(EventStatus.HELD);
		assertThat(statuses(Lang.ru, "Заявление", "Я хорошо помню нашу прошлую встречу в Мадриде."))
			.containsExactly(EventStatus.HELD);
	}

	@Test
	void aHeadlineThatReportsConsultationsInACityPlacesTheReleasesMeeting() {
		assertThat(meetings(Lang.en, "The 6th Russian-Kazakh consultations took place in Omsk",
				"The President said the talks had been useful.", null))
			.containsExactly(tuple(PUBLISHED, "Omsk"));
		// consultations still ahead are not the publication day's
		assertThat(meetings(Lang.en, "The 6th Russian-Kazakh consultations will take place in Omsk",
				"The President said the talks will be useful.", null))
			.doesNotContain(tuple(PUBLISHED, "Omsk"));
	}

	@Test
	void aForumTakingPlaceInACityIsThePublicationDaysAndARegionIsNoCity() {
		assertThat(meetings(Lang.en, "Greetings to a youth forum",
				"The President sent greetings. The Youth Forum is taking place in Vladivostok on March 14–20.", null))
			.containsExactly(tuple(PUBLISHED, "Vladivostok"));
		assertThat(meetings(Lang.en, "Greetings to a youth forum",
				"The President sent greetings. The Youth Forum took place in Vladivostok last year.", null))
			.containsExactly(tuple(null, "Vladivostok"));
		assertThat(meetings(Lang.en, "Greetings to a youth forum",
				"The President sent greetings. The Youth Forum is taking place in the Kaluga Region.", null))
			.doesNotContain(tuple(PUBLISHED, "Kaluga"), tuple(null, "Kaluga"));
		// Round 19: without days, the city and no day (LABELING.md, sets 10, 12 and 13:
		// a forum with a city only)
		assertThat(meetings(Lang.en, "Greetings to a youth forum",
				"The President sent greetings. The Youth Forum is taking place in Kaluga.", null))
			.containsExactly(tuple(null, "Kaluga"));
	}

	@Test
	void aSentenceRunOnAfterAQuoteNoLongerLendsItsDoubtToTheNext() {
		assertThat(meetings(Lang.en, "Statement",
				"We hope the work could resume.\"The summit in Geneva was useful,\" he said.", null))
			.containsExactly(tuple(null, "Geneva"));
		// the same words in one sentence: a summit only hoped for
		assertThat(meetings(Lang.en, "Statement",
				"We hope the work could resume.\" the summit in Geneva was useful,\" he said.", null))
			.isEmpty();
	}

	private static List<EventStatus> statuses(Lang lang, String title, String text) {
		return RuleSentences.events(lang, title, text, null, EventType.MEETING)
			.stream()
			.map(ExtractedEvent::status)
			.toList();
	}

}
