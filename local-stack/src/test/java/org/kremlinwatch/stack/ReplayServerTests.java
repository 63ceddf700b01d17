package org.kremlinwatch.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayServerTests {

	private static final String PAGE = """
			<html><head><meta charset="utf-8"/></head><body>
			<h1 class="entry-title p-name">Телефонный разговор с Президентом Финляндии</h1>
			<div class="read__meta"><time class="read__published" datetime="2020-08-21">21 августа 2020 года</time>
			<div class="read__time">19:20</div></div>
			<div class="entry-content e-content"><p>Состоялся телефонный разговор.</p></div>
			</body></html>
			""";

	private final HttpClient http = HttpClient.newHttpClient();

	@TempDir
	Path site;

	@BeforeEach
	void recordASite() throws IOException {
		Files.createDirectories(this.site.resolve("html/ru/news"));
		Files.writeString(this.site.resolve("html/ru/news/63931.html"), PAGE);
		Files.writeString(this.site.resolve("html/ru/news/63700.html"), PAGE.replace("2020-08-21", "2020-07-01"));
		Files.createDirectories(this.site.resolve("rss"));
		Files.writeString(this.site.resolve("rss/en.kremlin.ru_events_president_news_feed_2020-08-27.xml"),
				"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>recorded</title></feed>");
	}

	@Test
	void servesTheRecordedFeedOfALanguage() throws Exception {
		try (ReplayServer replay = ReplayServer.start(this.site, 0)) {
			HttpResponse<String> feed = get(replay.baseUrl() + "/en/events/president/news/feed", null);
			assertThat(feed.statusCode()).isEqualTo(200);
			assertThat(feed.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/atom+xml"));
			assertThat(feed.body()).contains("<title>recorded</title>");
		}
	}

	@Test
	void makesAFeedFromRecordedPagesWhereNoFeedWasRecorded() throws Exception {
		try (ReplayServer replay = ReplayServer.start(this.site, 0)) {
			String feed = get(replay.baseUrl() + "/ru/events/president/news/feed", null).body();
			assertThat(feed).contains("<id>http://kremlin.ru/events/president/news/63931</id>")
				.contains("<published>2020-08-21T19:20:00+03:00</published>")
				.contains("Телефонный разговор с Президентом Финляндии");
			assertThat(feed.indexOf("/news/63931<")).as("newest first").isLessThan(feed.indexOf("/news/63700<"));
		}
	}

	@Test
	void servesRecordedPagesAndAnswersConditionalRequestsWith304() throws Exception {
		try (ReplayServer replay = ReplayServer.start(this.site, 0)) {
			String url = replay.baseUrl() + "/ru/events/president/news/63931";
			HttpResponse<String> page = get(url, null);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Состоялся телефонный разговор.");
			String etag = page.headers().firstValue("ETag").orElseThrow();
			assertThat(get(url, etag).statusCode()).isEqualTo(304);
		}
	}

	@Test
	void answers404ForWhatWasNotRecorded() throws Exception {
		try (ReplayServer replay = ReplayServer.start(this.site, 0)) {
			assertThat(get(replay.baseUrl() + "/ru/events/president/news/1", null).statusCode()).isEqualTo(404);
			assertThat(get(replay.baseUrl() + "/ru/../../etc/passwd", null).statusCode()).isEqualTo(404);
		}
	}

	private HttpResponse<String> get(String url, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
