package org.kremlinwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar's one-shot commands as {@code ./kremlinwatch} runs them, in-process (the same
 * code as {@code main}, without {@code System.exit}): a backfill against a local site
 * serving listing pages written here, and replays of recorded folders.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_FETCHED_V1)
@TestInstance(Lifecycle.PER_CLASS)
class OneShotCommandsIT {

	private final KremlinSite site = new KremlinSite();

	private final String database = TestPostgres.newDatabase();

	private KafkaConsumer<String, String> consumer;

	private final List<ReleaseFetched> received = new ArrayList<>();

	@BeforeAll
	void setUp() {
		// 20 releases, 92001 (2021-11-25) to 92020 (2021-12-04), two a day, five a
		// listing page.
		for (int page = 1; page <= 4; page++) {
			List<long[]> items = new ArrayList<>();
			for (long id = 92020 - (page - 1) * 5; id > 92020 - page * 5; id--) {
				items.add(new long[] { id });
			}
			String path = (page == 1) ? "/en/events/president/news" : "/en/events/president/news/page/" + page;
			this.site.put(path, "text/html; charset=utf-8", listing(page, 4, items));
		}
		for (long id = 92001; id <= 92020; id++) {
			this.site.put("/en/events/president/news/" + id, "text/html; charset=utf-8",
					KremlinSite.article(id).replace("datetime=\"2020-08-27\"", "datetime=\"" + dateOf(id) + "\""));
		}
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker().getBrokersAsString(),
						ConsumerConfig.GROUP_ID_CONFIG, "one-shot-it-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(Topics.RELEASES_FETCHED_V1));
	}

	@AfterAll
	void tearDown() {
		this.consumer.close();
		this.site.close();
	}

	@Test
	void backfillPublishesTheReleasesOfTheDateRangeOnceOldestFirst() {
		Result first = run("backfill", "--from", "2021-11-27", "--to=2021-11-30", "--lang", "en");

		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains(
				"backfill 2021-11-27 to 2021-11-30 (en): published new 8, revisions 0, " + "unchanged 0, failed 0");
		List<ReleaseFetched> published = receive(8);
		assertThat(published).extracting(ReleaseFetched::releaseId)
			.containsExactly("en:92005", "en:92006", "en:92007", "en:92008", "en:92009", "en:92010", "en:92011",
					"en:92012");
		assertThat(this.site.requests()).as("pages of releases outside the range are not fetched")
			.noneMatch((path) -> path.matches(".*/news/(9200[1-4]|9201[3-9]|92020)"))
			.as("the page before the range is found by bisection, not a walk")
			.contains("/en/events/president/news/page/2");

		Result again = run("backfill", "--from", "2021-11-27", "--to", "2021-11-30");

		assertThat(again.status()).isZero();
		assertThat(again.out()).contains("published new 0, revisions 0, unchanged 8, failed 0");
		assertThat(receive(0)).isEmpty();
	}

	@Test
	void replayPublishesRecordedPagesAndFeedEntriesWithoutPages(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("html/en/news"));
		Files.createDirectories(dir.resolve("html/ru/news"));
		Files.createDirectories(dir.resolve("html/en/listing"));
		Files.createDirectories(dir.resolve("rss"));
		Files.writeString(dir.resolve("html/en/news/93001.html"), KremlinSite.article(93001));
		Files.writeString(dir.resolve("html/ru/news/93001.html"),
				KremlinSite.resource("/pages/ru-article.html").replace("57001", "93001"));
		Files.writeString(dir.resolve("html/en/listing/page_2.html"), listing(2, 2, List.of()));
		// 93001 is recorded as a page too (the page wins); 93002 only in the feed.
		Files.writeString(dir.resolve("rss/feed.xml"),
				KremlinSite.feed(null, 93002, 93001)
					.replace("<published>",
							"<content type=\"html\">&lt;p&gt;Only in the feed.&lt;/p&gt;</content><published>"));

		Result result = run("replay", dir.toString());

		assertThat(result.status()).as(result.err()).isZero();
		assertThat(result.out()).contains("published new 3, revisions 0, unchanged 0, failed 0");
		List<ReleaseFetched> published = receive(3);
		assertThat(published).extracting(ReleaseFetched::releaseId)
			.containsExactlyInAnyOrder("en:93001", "ru:93001", "en:93002");
		ReleaseFetched fromFeed = published.stream()
			.filter((event) -> event.releaseId().equals("en:93002"))
			.findFirst()
			.orElseThrow();
		assertThat(fromFeed.text()).isEqualTo("Only in the feed.");
		assertThat(fromFeed.publishedAt()).hasToString("2020-08-27T15:20+03:00");
	}

	@Test
	void replayOfAFlatFolderReportsWhatFailedAndExitsWithOne(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("94001.html"), KremlinSite.article(94001));
		Files.writeString(dir.resolve("blocked.html"), KremlinSite.resource("/feeds/captcha.html"));

		Result result = run("replay", dir.toString(), "--lang", "en");

		assertThat(result.status()).isOne();
		assertThat(result.out()).contains("published new 1, revisions 0, unchanged 0, failed 1");
		assertThat(result.err()).contains("blocked.html");
		assertThat(receive(1)).extracting(ReleaseFetched::releaseId).containsExactly("en:94001");
	}

	@Test
	void wrongCommandLineExitsWithTwoAndTheUsage() {
		Result result = run("backfill", "--from", "2021-12-31", "--to", "2021-12-01");

		assertThat(result.status()).isEqualTo(2);
		assertThat(result.err()).contains("usage:", "--from not after --to");
	}

	private Result run(String... command) {
		List<String> args = new ArrayList<>(List.of(command));
		args.addAll(List.of("--spring.kafka.bootstrap-servers=" + broker().getBrokersAsString(),
				"--spring.datasource.url=" + this.database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--kremlinwatch.ingest.partitions=1",
				"--kremlinwatch.ingest.sources.en.base-url=" + this.site.baseUrl() + "/en",
				"--kremlinwatch.ingest.sources.ru.enabled=false",
				"--kremlinwatch.ingest.rate-limit.requests-per-second=200",
				"--kremlinwatch.ingest.rate-limit.jitter=0ms", "--logging.level.root=WARN"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = OneShotCommands.run(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
		return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private List<ReleaseFetched> receive(int expected) {
		int before = this.received.size();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(200))) {
				this.received.add(EventJson.mapper().readValue(record.value(), ReleaseFetched.class));
			}
			assertThat(this.received.size() - before).isGreaterThanOrEqualTo(expected);
		});
		if (expected == 0) {
			this.consumer.poll(Duration.ofSeconds(1))
				.forEach((record) -> this.received
					.add(EventJson.mapper().readValue(record.value(), ReleaseFetched.class)));
		}
		return List.copyOf(this.received.subList(before, this.received.size()));
	}

	private static EmbeddedKafkaBroker broker() {
		return EmbeddedKafkaCondition.getBroker();
	}

	private static LocalDate dateOf(long id) {
		return LocalDate.of(2021, 11, 25).plusDays((id - 92001) / 2);
	}

	/** A listing page on the real template: {@code .lister-page} with dated items. */
	private static String listing(int page, int pages, List<long[]> items) {
		StringBuilder html = new StringBuilder("""
				<!doctype html><html lang="en"><body><div class="events hslice" id="events">
				<div class="entry-content lister-page" role="list" data-url-template="/events/president/news/page/PAGE"
				 data-base-url="/events/president/news" data-page="%d" data-pages="%d">
				""".formatted(page, pages));
		for (long[] item : items) {
			long id = item[0];
			html.append(
					"""
							<div class="hentry h-entry hentry_event" data-id="%d" role="listitem"><h3 class="hentry__title">
							<a href="/events/president/news/%d" rel="bookmark"><span class="entry-title p-name">Release %d</span>
							<span class="hentry__meta"><time class="published dt-published" datetime="%s">a date</time></span></a></h3></div>
							"""
						.formatted(id, id, id, dateOf(id)));
		}
		html.append("</div>");
		if (page < pages) {
			html.append("<a href=\"/events/president/news/page/")
				.append(page + 1)
				.append("\" rel=\"next\">Previous</a>");
		}
		return html.append("</div></body></html>").toString();
	}

	private record Result(int status, String out, String err) {
	}

}
