package org.kremlinwatch.ingest.backfill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Reads the real listing pages of the corpus in place (never copied here). */
class ListingParserTests {

	private final ListingParser parser = new ListingParser();

	@Test
	void readsTwentyItemsNewestFirstFromARealListingPage() throws IOException {
		ListingPage page = this.parser.parse(real("events_president_news_page_2.html"), Lang.en, "/unused");

		assertThat(page.entries()).hasSize(20);
		ListingEntry first = page.entries().get(0);
		assertThat(first.kremlinId()).isEqualTo(63911);
		assertThat(first.url()).isEqualTo("http://en.kremlin.ru/events/president/news/63911");
		assertThat(first.date()).isEqualTo(LocalDate.of(2020, 8, 19));
		assertThat(page.oldest()).isEqualTo(LocalDate.of(2020, 8, 12));
		assertThat(page.entries()).extracting(ListingEntry::date).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(page.pages()).isEqualTo(1198);
		assertThat(page.hasNext()).isTrue();
	}

	@Test
	void theLastRealPageHasNoNext() throws IOException {
		ListingPage page = this.parser.parse(real("events_president_news_page_1198.html"), Lang.en, "/unused");

		assertThat(page.hasNext()).isFalse();
		assertThat(page.entries()).isNotEmpty();
		assertThat(page.oldest()).isEqualTo(LocalDate.of(1999, 12, 31));
	}

	@Test
	void buildsRussianAddressesForTheRussianSite() {
		String html = """
				<div class="entry-content lister-page" data-base-url="/events/president/transcripts" data-pages="3">
				<div class="hentry h-entry hentry_event" data-id="67000"><time datetime="2021-12-30">30 декабря 2021 года, 20:00</time></div>
				<div class="hentry h-entry hentry_event" data-id="66999"></div>
				</div>""";

		ListingPage page = this.parser.parse(html, Lang.ru, "/events/president/news");

		assertThat(page.entries()).extracting(ListingEntry::url)
			.containsExactly("http://kremlin.ru/events/president/transcripts/67000",
					"http://kremlin.ru/events/president/transcripts/66999");
		assertThat(page.entries().get(1).date()).as("an undated item takes its neighbour's date")
			.isEqualTo(LocalDate.of(2021, 12, 30));
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void refusesAPageThatIsNoListing() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.parser.parse("<html><body><div class=captcha>robot?</div></body></html>", Lang.en,
					"/events/president/news"))
			.withMessageContaining("not a Kremlin listing page");
	}

	private static String real(String name) throws IOException {
		return Files.readString(Corpus.root().resolve("html/en/listing/" + name), StandardCharsets.UTF_8);
	}

}
