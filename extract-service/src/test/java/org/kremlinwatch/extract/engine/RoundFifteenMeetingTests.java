package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.kremlinwatch.extract.engine.RuleSentences.PUBLISHED;
import static org.kremlinwatch.extract.engine.RuleSentences.meetings;

/**
 * The round-15 meeting rules on hand-written sentences in both languages (releases
 * published on 14 March 2025, so "today" is that day), each beside a look-alike that must
 * not change: a city that hosts a meeting or is its venue, a meeting named by its city
 * and capitalised words, "in the city of", a place that names a document, congresses told
 * like forums, talks that concluded in a city, a headline of statements after talks, the
 * next city of a list, a visit that has yet to happen, and a meeting going on as the
 * release is published.
 */
class RoundFifteenMeetingTests {

	@Test
	void aCityThatHostsAMeetingOrIsItsVenueIsItsPlace() {
		assertThat(meetings(Lang.en, "Statement", "Sochi hosted the first Russia-Africa summit.", null))
			.containsExactly(tuple(null, "Sochi"));
		assertThat(meetings(Lang.en, "Statement", "Ulan Bator was the venue for the latest meeting of the commission.",
				null))
			.containsExactly(tuple(null, "Ulan Bator"));
		assertThat(meetings(Lang.en, "Statement", "Geneva will host the next ministerial conference.", null))
			.containsExactly(tuple(null, "Geneva"));
		assertThat(meetings(Lang.ru, "Заявление", "Казань принимала саммит БРИКС.", null))
			.containsExactly(tuple(null, "Kazan"));
		assertThat(meetings(Lang.ru, "Заявление", "Санкт-Петербург стал местом проведения саммита.", null))
			.containsExactly(tuple(null, "St Petersburg"));
		// a city that hosted something else, the meeting word in another clause
		assertThat(meetings(Lang.en, "Statement",
				"Sochi hosted the Olympic Games, and our talks will continue next year.", null))
			.doesNotContain(tuple(null, "Sochi"));
		assertThat(meetings(Lang.ru, "Заявление",
				"Казань принимала гостей фестиваля, и там говорили о будущем саммите.", null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Москва приняла решение, и саммит отложен.", null)).isEmpty();
	}

	@Test
	void aMeetingNamedByItsCityAndCapitalisedWordsIsThere() {
		assertThat(meetings(Lang.en, "Statement",
				"At the recent Munich Security Conference, the speakers said nothing new.", null))
			.containsExactly(tuple(null, "Munich"));
		// a name without a meeting word: the meeting of the sentence is not in Moscow
		assertThat(meetings(Lang.en, "Statement",
				"The Moscow State University Press published the report of the latest meeting.", null))
			.doesNotContain(tuple(null, "Moscow"));
	}

	@Test
	void inTheCityOfPutsTheMeetingThere() {
		assertThat(meetings(Lang.en, "Statement", "As you recall, we met in the city of Minsk.", null))
			.containsExactly(tuple(null, "Minsk"));
		assertThat(meetings(Lang.ru, "Заявление", "Как вы помните, мы встретились в городе Минске.", null))
			.containsExactly(tuple(null, "Minsk"));
		// the city of the person met, not of the meeting
		assertThat(meetings(Lang.en, "Statement", "As you recall, we met with the mayor of the city of Minsk.", null))
			.doesNotContain(tuple(null, "Minsk"));
		assertThat(meetings(Lang.ru, "Заявление", "Как вы помните, мы встретились с мэром города Минска.", null))
			.doesNotContain(tuple(null, "Minsk"));
	}

	@Test
	void aPlaceThatNamesADocumentIsNotTheMeetings() {
		assertThat(meetings(Lang.en, "Statement",
				"They cited the Rome Declaration, which the participants in the Russia-NATO meeting in Pratica di Mare approved.",
				null))
			.containsExactly(tuple(null, "Pratica di Mare"));
		// the same city where no document follows it
		assertThat(meetings(Lang.en, "Statement", "They cited the meeting in Rome, which the participants approved.",
				null))
			.containsExactly(tuple(null, "Rome"));
	}

	@Test
	void aCongressInACityIsAMeetingThereLikeAForum() {
		assertThat(meetings(Lang.en, "Statement", "A similar congress was held in Moscow in 1966.", null))
			.containsExactly(tuple(null, "Moscow"));
		assertThat(meetings(Lang.ru, "Заявление", "Очередной съезд ассоциации пройдёт в Казани.", null))
			.containsExactly(tuple(null, "Kazan"));
		// the US Congress is a legislature; «съездить» is to go somewhere
		assertThat(meetings(Lang.en, "Statement", "The US Congress in Washington passed the bill.", null)).isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Мы собираемся съездить в Казань на саммит.", null)).isEmpty();
	}

	@Test
	void talksThatConcludedInACityWereHeldThere() {
		assertThat(meetings(Lang.en, "Statement",
				"Another round of talks between the delegations concluded today in Istanbul.", null))
			.containsExactly(tuple(PUBLISHED, "Istanbul"));
		assertThat(meetings(Lang.ru, "Заявление", "Переговоры делегаций завершились сегодня в Стамбуле.", null))
			.containsExactly(tuple(PUBLISHED, "Istanbul"));
		// a conclusion drawn, and work completed, tell no talks held
		assertThat(meetings(Lang.en, "Statement", "The experts concluded that the talks in Istanbul would be useless.",
				null))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявление", "Мы завершили подготовку к переговорам с делегацией.", null))
			.isEmpty();
	}

	@Test
	void aHeadlineOfStatementsAfterTalksReportsThemAtTheDateline() {
		assertThat(meetings(Lang.en, "Statements following Russian-Myanmar talks",
				"Vladimir Putin and the Prime Minister of Myanmar made statements.", "The Kremlin, Moscow"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.ru, "Заявления по итогам российско-мьянманских переговоров",
				"Владимир Путин и Премьер-министр Мьянмы завершили переговоры.", "Москва, Кремль"))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		// statements after a ceremony
		assertThat(meetings(Lang.en, "Statements following the anniversary celebrations",
				"Vladimir Putin made statements.", "The Kremlin, Moscow"))
			.isEmpty();
		assertThat(meetings(Lang.ru, "Заявления по итогам юбилейных торжеств", "Владимир Путин сделал заявление.",
				"Москва, Кремль"))
			.isEmpty();
	}

	@Test
	void theNextCityOfAListSharesTheFirstOnesIn() {
		assertThat(meetings(Lang.en, "Statement",
				"Since then, there have been several exchanges of views in St Petersburg, Bregançon and other venues.",
				null))
			.containsExactly(tuple(null, "St Petersburg"), tuple(null, "Bregançon"));
		assertThat(meetings(Lang.ru, "Заявление", "С тех пор мы провели переговоры в Сочи, Казани и других городах.",
				null))
			.containsExactly(tuple(null, "Sochi"), tuple(null, "Kazan"));
		// a city after the comma that does not go on a list
		assertThat(meetings(Lang.en, "Statement", "Our talks in Sochi, Kazan's mayor said, were useful.", null))
			.containsExactly(tuple(null, "Sochi"));
		assertThat(meetings(Lang.ru, "Заявление", "Наши переговоры в Сочи, как сказал мэр Казани, были полезны.", null))
			.containsExactly(tuple(null, "Sochi"));
	}

	@Test
	void aVisitThatHasYetToHappenIsNone() {
		assertThat(meetings(Lang.en, "Statement", "The President of Belarus has yet to visit Vladivostok.", null))
			.isEmpty();
		assertThat(meetings(Lang.en, "Statement", "The President of Belarus will visit Vladivostok.", null))
			.containsExactly(tuple(null, "Vladivostok"));
	}

	@Test
	void aMeetingGoingOnAsTheReleaseIsPublishedIsThatDays() {
		assertThat(meetings(Lang.en, "Greetings",
				"Scientists are meeting again in Moscow at this traditional platform.", null))
			.containsExactly(tuple(PUBLISHED, "Moscow"));
		assertThat(meetings(Lang.ru, "Приветствие", "Совещание сейчас проходит в Казани.", null))
			.containsExactly(tuple(PUBLISHED, "Kazan"));
		// Round 19: a congress going on in a city has the city and no day (LABELING.md,
		// sets 10 and 13: a forum with a city only)
		assertThat(meetings(Lang.en, "Greetings",
				"Vladimir Putin sent greetings to participants in the 1st Congress of National Theatres, now underway in Yakutsk.",
				null))
			.containsExactly(tuple(null, "Yakutsk"));
		// a meeting told in the past has no day; a festival is no meeting
		assertThat(meetings(Lang.en, "Greetings", "Scientists met in Moscow at this traditional platform.", null))
			.containsExactly(tuple(null, "Moscow"));
		assertThat(meetings(Lang.ru, "Приветствие", "Совещание прошло в Казани.", null))
			.containsExactly(tuple(null, "Kazan"));
		assertThat(meetings(Lang.en, "Greetings",
				"Vladimir Putin sent greetings to participants in the 1st Festival of National Theatres, now underway in Yakutsk.",
				null))
			.isEmpty();
	}

	@Test
	void venuesOfEarlierMeetingsAreInTheGazetteer() {
		assertThat(meetings(Lang.en, "Greetings",
				"Vladimir Putin sent greetings to the participants of the 14th Eurasian Economic Forum in Verona.",
				null))
			.containsExactly(tuple(null, "Verona"));
		assertThat(meetings(Lang.ru, "Приветствие",
				"Владимир Путин направил приветствие участникам Евразийского экономического форума в Вероне.", null))
			.containsExactly(tuple(null, "Verona"));
		assertThat(
				meetings(Lang.en, "Statement", "I remember those who created the CIS at the meeting in Almaty.", null))
			.containsExactly(tuple(null, "Almaty"));
		// «Вероника» is a name, not Verona
		assertThat(meetings(Lang.ru, "Заявление", "Встреча с Вероникой Никишиной прошла в Москве.", null))
			.containsExactly(tuple(null, "Moscow"));
	}

}
