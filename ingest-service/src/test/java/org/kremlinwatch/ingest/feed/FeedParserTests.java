package org.kremlinwatch.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class FeedParserTests {

	private final FeedParser parser = new FeedParser();

	@Test
	void readsEveryEntryOfTheRealKremlinFeed() throws IOException {
		String xml = Files.readString(
				Corpus.root().resolve("rss/en.kremlin.ru_events_president_news_feed_2020-08-27.xml"),
				StandardCharsets.UTF_8);

		List<FeedEntry> entries = this.parser.parse("en", xml);

		assertThat(entries).hasSize(20);
		assertThat(entries.get(0).kremlinId()).isEqualTo(63953);
		assertThat(entries.get(0).url()).isEqualTo("http://en.kremlin.ru/events/president/news/63953");
		assertThat(entries.get(0).title())
			.isEqualTo("Launching motor traffic on completed sections of Taurida motorway");
		// The feed's own (wrong) offset is kept as the feed says it; the page corrects
		// it.
		assertThat(entries.get(0).published()).isEqualTo(OffsetDateTime.parse("2020-08-27T15:20:00+04:00"));
		List<Long> ids = entries.stream().map(FeedEntry::kremlinId).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id >= 63914 && id <= 63953);
		assertThat(ids).contains(63914L, 63953L);
		assertThat(LongStream.of(63914, 63916, 63917, 63920).boxed().toList()).isSubsetOf(ids);
	}

	@Test
	void readsNewsAndTranscriptEntriesAndSkipsNonArticles() {
		List<FeedEntry> entries = this.parser.parse("en", fixture("en-feed.xml"));

		assertThat(entries).extracting(FeedEntry::kremlinId).containsExactly(90001L, 90003L);
		assertThat(entries.get(1).url()).isEqualTo("http://en.kremlin.ru/events/president/transcripts/90003");
		assertThat(entries.get(1).updated()).isEqualTo(OffsetDateTime.parse("2020-08-26T12:00:00+04:00"));
	}

	@Test
	void externalEntityIsNeverResolved() {
		String passwd = readable("/etc/passwd");

		List<FeedEntry> entries = this.parser.parse("en", fixture("xxe.xml"));

		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).title()).doesNotContain("root:");
		if (passwd != null) {
			assertThat(entries.get(0).title()).doesNotContain(passwd.lines().findFirst().orElse("root"));
		}
	}

	@Test
	void billionLaughsFeedDoesNotExpand() {
		List<FeedEntry> entries = assertTimeoutPreemptively(Duration.ofSeconds(5),
				() -> this.parser.parse("en", fixture("billion-laughs.xml")));

		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).title().length()).isLessThan(100);
	}

	@Test
	void rejectsAnHtmlPageServedAsTheFeed() {
		assertThatExceptionOfType(FeedRejectedException.class)
			.isThrownBy(() -> this.parser.parse("ru", fixture("captcha.html")))
			.withMessageContaining("source 'ru'")
			.withMessageContaining("<html>")
			.withMessageContaining("Доступ ограничен");
	}

	@Test
	void rejectsAFeedCutBeforeItsEnd() {
		String feed = fixture("en-feed.xml");
		String cut = feed.substring(0, feed.indexOf("</entry>") + "</entry>".length());

		assertThatExceptionOfType(FeedRejectedException.class).isThrownBy(() -> this.parser.parse("en", cut))
			.withMessageContaining("truncated feed");
	}

	@Test
	void findsTheNextPageOfTheRealFeedButNotTheEntriesLinks() throws IOException {
		String xml = Files.readString(
				Corpus.root().resolve("rss/en.kremlin.ru_events_president_news_feed_2020-08-27.xml"),
				StandardCharsets.UTF_8);

		Feed feed = this.parser.parseFeed("en", xml);

		assertThat(feed.next()).isEqualTo("http://en.kremlin.ru/events/president/news/feed/page/2");
		assertThat(feed.entries().get(0).content()).contains("The President drove an Aurus");
	}

	@Test
	void lastPageHasNoNext() {
		String last = fixture("en-feed.xml").replaceAll("<link [^>]*rel=\"next\" />", "");

		assertThat(this.parser.parseFeed("en", last).next()).isNull();
	}

	@Test
	void rejectsAnEmptyAnswer() {
		assertThatExceptionOfType(FeedRejectedException.class).isThrownBy(() -> this.parser.parse("en", ""))
			.withMessageContaining("no XML element");
	}

	@Test
	void readsArticleIdsFromKremlinAddresses() {
		assertThat(KremlinUrls.idOf("http://en.kremlin.ru/events/president/news/63953")).hasValue(63953);
		assertThat(KremlinUrls.idOf("http://kremlin.ru/events/president/transcripts/speeches/54882")).hasValue(54882);
		assertThat(KremlinUrls.idOf("http://en.kremlin.ru/events/president/news/page/2")).isEmpty();
		assertThat(KremlinUrls.idOf("http://en.kremlin.ru/events/president/news/feed")).isEmpty();
		assertThat(KremlinUrls.sectionOf("http://kremlin.ru/events/president/transcripts/speeches/54882"))
			.isEqualTo("transcripts");
		assertThat(KremlinUrls.pathOf("http://en.kremlin.ru/events/president/news/63953"))
			.isEqualTo("/events/president/news/63953");
	}

	private static String fixture(String name) {
		try (InputStream in = FeedParserTests.class.getResourceAsStream("/feeds/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readable(String path) {
		try {
			return Files.readString(java.nio.file.Path.of(path));
		}
		catch (IOException ex) {
			return null;
		}
	}

}
