package org.kremlinwatch.ingest.page;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

class MoscowTimeTests {

	@Test
	void trustsThePageClockOverTheFeedOffset() {
		// The feed announced this entry as 15:20+04:00; Moscow has been UTC+3 since 2014.
		String html = PageFixtures.utf8("en-article.html");
		ParsedPage page = new PageParser().parse(html, "http://en.kremlin.ru/events/president/news/90001", Lang.en);

		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-08-27T15:20+03:00"));
		assertThat(page.publishedAt().toString()).isEqualTo("2020-08-27T15:20+03:00");
	}

	@Test
	void appliesTheOffsetMoscowHadOnThatDate() {
		assertThat(MoscowTime.of(LocalDate.of(2011, 5, 20), LocalTime.of(12, 0)).getOffset().getId())
			.isEqualTo("+04:00");
		assertThat(MoscowTime.of(LocalDate.of(2020, 8, 27), LocalTime.of(15, 20)).getOffset().getId())
			.isEqualTo("+03:00");
		// Winter time before 2011.
		assertThat(MoscowTime.of(LocalDate.of(2009, 11, 29), LocalTime.of(15, 50)).getOffset().getId())
			.isEqualTo("+03:00");
	}

	@Test
	void readsRussianAndEnglishDateLines() {
		assertThat(MoscowTime.dateIn("15 марта 2018 года, 18:00")).contains(LocalDate.of(2018, 3, 15));
		assertThat(MoscowTime.timeIn("15 марта 2018 года, 18:00")).contains(LocalTime.of(18, 0));
		assertThat(MoscowTime.dateIn("August 27, 2020, 15:20")).contains(LocalDate.of(2020, 8, 27));
		assertThat(MoscowTime.dateIn("Announcement, no date")).isEmpty();
	}

}
