package org.kremlinwatch.ingest.page;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PageParserTests {

	private final PageParser parser = new PageParser();

	@Test
	void readsEveryFieldOfAnEnglishArticle() {
		ParsedPage page = this.parser.parse(PageFixtures.utf8("en-article.html"),
				"http://en.kremlin.ru/events/president/news/90001", Lang.en);

		assertThat(page.kremlinId()).isEqualTo(90001);
		assertThat(page.section()).isEqualTo("news");
		assertThat(page.title()).isEqualTo("Meeting with the Governor of the Example Region");
		assertThat(page.lead())
			.isEqualTo("Vladimir Putin held a working meeting with Governor of the Example Region Ivan Petrov.");
		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2020-08-27T15:20+03:00"));
		assertThat(page.place()).isEqualTo("Novo-Ogaryovo, Moscow Region");
		assertThat(page.tags()).containsExactly("Example Region", "Regions", "Economy and finance");
		assertThat(page.alternateUrl()).isEqualTo("http://kremlin.ru/events/president/news/90001");
		assertThat(page.announcement()).isFalse();
	}

	@Test
	void bodyIsPlainTextWithoutIgnoredBlocksScriptsOrTags() {
		ParsedPage page = this.parser.parse(PageFixtures.utf8("en-article.html"),
				"http://en.kremlin.ru/events/president/news/90001", Lang.en);

		assertThat(page.text()).isEqualTo("""
				The Governor reported on the region's economy and the harvest.

				They also discussed road building.

				Vladimir Putin: Good afternoon.""");
		assertThat(page.text()).doesNotContain("Photo caption", "Tooltip", "no scripts", "Publication status",
				"Regions");
	}

	@Test
	void dropsSoftHyphensSoThatWordsAndSentenceEndsReadAsTheyShow() {
		// U+00AD is a hyphenation hint the browser shows only at a line break; left in,
		// "Ge\u00adneva" is not Geneva and ".\u00ad The" does not end a sentence.
		String html = "<html><body><h1 class=\"entry-title\">Talks</h1><div class=\"entry-content\">"
				+ "<p>The talks will take place in Ge\u00adneva.\u00ad The date is set.</p></div></body></html>";

		ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/90005", Lang.en);

		assertThat(page.text()).isEqualTo("The talks will take place in Geneva. The date is set.");
	}

	@Test
	void readsRussianDateLineWithTheTimeInside() {
		ParsedPage page = this.parser.parse(PageFixtures.utf8("ru-article.html"),
				"http://kremlin.ru/events/president/news/57001", Lang.ru);

		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2018-03-15T18:00+03:00"));
		assertThat(page.title()).isEqualTo("Встреча с губернатором Примерной области");
		assertThat(page.place()).isEqualTo("Москва, Кремль");
		assertThat(page.alternateUrl()).isEqualTo("http://en.kremlin.ru/events/president/news/57001");
		assertThat(page.text())
			.isEqualTo("Губернатор доложил о ситуации в регионе.\n\nОбсуждались вопросы строительства дорог.");
	}

	@Test
	void announcementIsDatedByThePublicationDateInItsFooter() {
		ParsedPage page = this.parser.parse(PageFixtures.utf8("en-announcement.html"),
				"http://en.kremlin.ru/events/president/news/90002", Lang.en);

		assertThat(page.announcement()).isTrue();
		// Moscow kept UTC+4 in 2012: the offset is that date's, the wall time the page's.
		assertThat(page.publishedAt()).isEqualTo(OffsetDateTime.parse("2012-12-10T16:00+04:00"));
		assertThat(page.title()).isEqualTo("Vladimir Putin will meet with the President of Exampleland");
		assertThat(page.text()).startsWith("The agenda will focus on trade.").doesNotContain("Publication date");
	}

	@Test
	void announcementWithoutFooterDateHasNoPublicationTime() {
		String html = PageFixtures.utf8("en-announcement.html").replaceAll("(?s)<p> Publication date:.*?</p>", "");

		ParsedPage page = this.parser.parse(html, "http://en.kremlin.ru/events/president/news/90002", Lang.en);

		assertThat(page.announcement()).isTrue();
		assertThat(page.publishedAt()).isNull();
	}

	@Test
	void contentHashChangesWithTheTextOnly() {
		String html = PageFixtures.utf8("en-article.html");
		String url = "http://en.kremlin.ru/events/president/news/90001";
		ParsedPage original = this.parser.parse(html, url, Lang.en);
		ParsedPage retagged = this.parser.parse(html.replace("Economy and finance", "Economy"), url, Lang.en);
		ParsedPage edited = this.parser.parse(html.replace("the harvest", "the autumn harvest"), url, Lang.en);

		assertThat(original.contentHash()).startsWith("sha256:").hasSize("sha256:".length() + 64);
		assertThat(retagged.contentHash()).isEqualTo(original.contentHash());
		assertThat(edited.contentHash()).isNotEqualTo(original.contentHash());
	}

	@Test
	void takesTheIdFromTheArticleWhenTheAddressHasNone() {
		ParsedPage page = this.parser.parse(PageFixtures.utf8("en-article.html"), "http://en.kremlin.ru/d/latest",
				Lang.en);

		assertThat(page.kremlinId()).isEqualTo(90001);
	}

	@Test
	void rejectsAPageThatIsNoArticle() {
		String captcha = "<html><body><div class=captcha>Are you a robot?</div></body></html>";

		assertThatExceptionOfType(PageRejectedException.class)
			.isThrownBy(() -> this.parser.parse(captcha, "http://en.kremlin.ru/events/president/news/1", Lang.en))
			.withMessageContaining("h1.entry-title")
			.withMessageContaining("news/1");
	}

}
