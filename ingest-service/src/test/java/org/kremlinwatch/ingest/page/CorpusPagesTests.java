package org.kremlinwatch.ingest.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses every real article page of the corpus in place (never copied here). */
class CorpusPagesTests {

	private final PageParser parser = new PageParser();

	@Test
	void everyRealEnglishPageYieldsIdTitleTextAndDate() throws IOException {
		Path news = Corpus.root().resolve("html/en/news");
		List<Path> pages;
		try (Stream<Path> files = Files.list(news)) {
			pages = files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
		assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
		int announcements = 0;
		int withAlternate = 0;
		for (Path file : pages) {
			long id = Long.parseLong(file.getFileName().toString().replace(".html", ""));
			String html = Files.readString(file, StandardCharsets.UTF_8);
			ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/" + id, Lang.en);

			assertThat(page.kremlinId()).as(file.toString()).isEqualTo(id);
			assertThat(page.title()).as(file.toString()).isNotBlank();
			assertThat(page.text()).as(file.toString())
				.isNotBlank()
				.doesNotContain("\u00a0")
				.doesNotContain("Publication status");
			if (page.alternateUrl() != null) {
				withAlternate++;
				assertThat(page.alternateUrl()).as(file.toString()).startsWith("http://kremlin.ru/");
			}
			if (html.contains("announce_date")) {
				announcements++;
				assertThat(page.announcement()).as(file.toString()).isTrue();
			}
			// Announcements too: their footer tells the publication date.
			assertThat(page.publishedAt()).as(file.toString()).isNotNull();
			assertThat(page.publishedAt().getOffset()).as(file.toString())
				.isEqualTo(page.publishedAt().atZoneSameInstant(MoscowTime.MOSCOW).getOffset());
		}
		assertThat(announcements).isEqualTo(2);
		assertThat(withAlternate).isGreaterThan(pages.size() / 2);
	}

	@Test
	void realAnnouncementIsDatedByItsFooterNotByTheDayItAnnounces() throws IOException {
		String html = Files.readString(Corpus.root().resolve("html/en/news/17109.html"), StandardCharsets.UTF_8);

		ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/17109", Lang.en);

		assertThat(page.announcement()).isTrue();
		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2012-12-10T16:00+04:00"));
		assertThat(page.lead()).contains("December 14, 2012");
	}

	@Test
	void realPageOfFeedEntryReadsMoscowTimeNotTheFeedOffset() throws IOException {
		String html = Files.readString(Corpus.root().resolve("html/en/news/63953.html"), StandardCharsets.UTF_8);

		ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/63953", Lang.en);

		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-08-27T15:20+03:00"));
		assertThat(page.place()).isEqualTo("Republic of Crimea");
		assertThat(page.tags()).contains("Sevastopol", "Transport");
		assertThat(page.text()).startsWith("The President drove an Aurus limousine")
			.contains("Yevgeny Ditrikh")
			.doesNotContain("Ditrikh Yevgeny")
			.contains("\n\nAfter that, Vladimir Putin gave the green light");
	}

	@Test
	void realPageFrom2011HasMoscowsOffsetOfThen() throws IOException {
		String html = Files.readString(Corpus.root().resolve("html/en/news/11287.html"), StandardCharsets.UTF_8);

		ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/11287", Lang.en);

		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2011-05-20T12:00+04:00"));
	}

}
