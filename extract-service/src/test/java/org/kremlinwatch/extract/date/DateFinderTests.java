package org.kremlinwatch.extract.date;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class DateFinderTests {

	private static final LocalDate DEC_30_2021 = LocalDate.of(2021, 12, 30);

	@Test
	void resolvesJanuaryRangeWrittenInDecemberToTheNextYear() {
		List<DateMention> dates = new DateFinder(Lang.en, DEC_30_2021).find("Talks in Geneva on January 9–10.");
		assertThat(dates).singleElement().satisfies((d) -> {
			assertThat(d.from()).isEqualTo(LocalDate.of(2022, 1, 9));
			assertThat(d.to()).isEqualTo(LocalDate.of(2022, 1, 10));
		});
	}

	@Test
	void resolvesRussianDatesAndRanges() {
		DateFinder finder = new DateFinder(Lang.ru, DEC_30_2021);
		assertThat(finder.find("Переговоры пройдут 9–10 января, а 12 января состоится заседание."))
			.extracting(DateMention::from, DateMention::to)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 9), LocalDate.of(2022, 1, 10)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12)));
	}

	@Test
	void keepsAPastDateInTheYearOfPublication() {
		assertThat(new DateFinder(Lang.en, LocalDate.of(2021, 12, 31)).find("On December 30, they spoke."))
			.extracting(DateMention::from)
			.containsExactly(DEC_30_2021);
	}

	@Test
	void resolvesTomorrowFromPublicationAndTheNextDayFromTheDateBefore() {
		DateFinder finder = new DateFinder(Lang.en, DEC_30_2021);
		assertThat(finder.find("Talks will take place tomorrow.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 31));
		finder.find("The meeting will be held on January 12.");
		assertThat(finder.find("An OSCE session will follow the next day.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 13));
		DateFinder russian = new DateFinder(Lang.ru, DEC_30_2021);
		assertThat(russian.find("Встреча состоится завтра.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 31));
		assertThat(russian.find("Заседание пройдёт 12 января, а на следующий день соберётся ОБСЕ."))
			.extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 13));
	}

	@Test
	void leavesTheNextDayUnresolvedWithoutADateBefore() {
		assertThat(new DateFinder(Lang.en, DEC_30_2021).find("They will meet the next day.")).singleElement()
			.satisfies((d) -> assertThat(d.resolved()).isFalse());
	}

	@Test
	void leavesImpossibleDatesUnresolved() {
		assertThat(new DateFinder(Lang.en, DEC_30_2021).find("On February 30 nothing happens.")).singleElement()
			.satisfies((d) -> assertThat(d.from()).isNull());
	}

	@Test
	void resolvesTheDayBeforeYesterdayAndDaysAheadInDirectSpeech() {
		DateFinder finder = new DateFinder(Lang.en, DEC_30_2021);
		assertThat(finder.find("I spoke at the Board meeting the day before yesterday.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 28));
		assertThat(finder.find("The minister will come here in two days.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 1));
		DateFinder russian = new DateFinder(Lang.ru, DEC_30_2021);
		assertThat(russian.find("Позавчера прошло заседание.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 28));
		assertThat(russian.find("Министр приедет через три дня.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 2));
	}

	@Test
	void resolvesNextAndLastWeekdaysFromPublication() {
		// December 30, 2021 was a Thursday.
		DateFinder finder = new DateFinder(Lang.en, DEC_30_2021);
		assertThat(finder.find("Next Tuesday, the Prime Minister will hold a meeting with the regions."))
			.extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 4));
		assertThat(finder.find("We discussed it last Friday.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 24));
		assertThat(finder.find("They will meet next Thursday.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 6));
		assertThat(finder.find("The board meets on Tuesday.")).isEmpty();
		DateFinder russian = new DateFinder(Lang.ru, DEC_30_2021);
		assertThat(russian.find("Совещание пройдёт в следующий вторник.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2022, 1, 4));
		assertThat(russian.find("На заседании комиссии в прошлую пятницу это обсуждали.")).extracting(DateMention::from)
			.containsExactly(LocalDate.of(2021, 12, 24));
	}

}
