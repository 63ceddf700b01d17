package org.kremlinwatch.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.IngestApplication;
import org.kremlinwatch.ingest.page.PageParser;
import org.kremlinwatch.ingest.page.ParsedPage;
import org.kremlinwatch.ingest.publish.PublishOutcome;
import org.kremlinwatch.ingest.publish.ReleasePublisher;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * How many recorded pages per second one ingest instance parses, and parses and publishes
 * (dedupe in PostgreSQL, send to Kafka, wait for the ack, mark), over the 60 real article
 * pages of the corpus read in place. Not a test: run it with
 * {@code ./mvnw -B -o -pl ingest-service -Pbench test-compile exec:exec} (see
 * BENCHMARKS.md). A plain timed loop after a warm-up, not JMH: the publish path is
 * dominated by I/O round trips, which JMH would not measure better.
 */
public final class IngestBenchmark {

	private static final int PARSE_WARMUP_ROUNDS = 30;

	private static final int PARSE_ROUNDS = 100;

	private static final int PUBLISH_ROUNDS = 5;

	private IngestBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path news = Path.of(System.getProperty("kremlinwatch.corpus", "../../shared/corpus/kremlin"))
			.resolve("html/en/news");
		List<String> pages = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		try (Stream<Path> files = Files.list(news)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				pages.add(Files.readString(file, StandardCharsets.UTF_8));
				urls.add("http://en.kremlin.ru/events/president/news/"
						+ file.getFileName().toString().replace(".html", ""));
			}
		}
		long bytes = pages.stream().mapToLong((page) -> page.getBytes(StandardCharsets.UTF_8).length).sum();
		System.out.printf(Locale.ROOT, "corpus: %d pages, %.1f MB, %s%n", pages.size(), bytes / 1e6, news);
		PageParser parser = new PageParser();

		parseRounds(parser, pages, urls, PARSE_WARMUP_ROUNDS);
		long start = System.nanoTime();
		parseRounds(parser, pages, urls, PARSE_ROUNDS);
		report("parse only (1 thread)", PARSE_ROUNDS * pages.size(), System.nanoTime() - start);

		List<String> springArgs = new ArrayList<>(List.of("--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--kremlinwatch.ingest.polling-enabled=false",
				"--kremlinwatch.ingest.partitions=1", "--logging.level.root=WARN"));
		// Extra Spring arguments from the command line, e.g. a producer setting to
		// compare.
		Stream.of(args).filter((arg) -> arg.startsWith("--")).forEach(springArgs::add);
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.RELEASES_FETCHED_V1);
		broker.afterPropertiesSet();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(Stream
				.concat(Stream.of("--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
						"--spring.datasource.url=" + TestPostgres.newDatabase()), springArgs.stream())
				.toArray(String[]::new))) {
			ReleasePublisher publisher = context.getBean(ReleasePublisher.class);
			// Warm-up: a round of releases that are not measured.
			publishRound(parser, publisher, pages, urls, 900_000_000L, PublishOutcome.NEW);
			start = System.nanoTime();
			for (int round = 0; round < PUBLISH_ROUNDS; round++) {
				publishRound(parser, publisher, pages, urls, round * 1_000_000L, PublishOutcome.NEW);
			}
			report("parse + dedupe + publish new (ack, then mark)", PUBLISH_ROUNDS * pages.size(),
					System.nanoTime() - start);
			start = System.nanoTime();
			for (int round = 0; round < PUBLISH_ROUNDS; round++) {
				publishRound(parser, publisher, pages, urls, round * 1_000_000L, PublishOutcome.UNCHANGED);
			}
			report("parse + dedupe, already published (no Kafka write)", PUBLISH_ROUNDS * pages.size(),
					System.nanoTime() - start);
		}
		finally {
			broker.destroy();
		}
		System.exit(0);
	}

	private static void parseRounds(PageParser parser, List<String> pages, List<String> urls, int rounds) {
		long sink = 0;
		for (int round = 0; round < rounds; round++) {
			for (int i = 0; i < pages.size(); i++) {
				sink += parser.parse(pages.get(i), urls.get(i), Lang.en).text().length();
			}
		}
		if (sink == 0) {
			throw new IllegalStateException("nothing parsed");
		}
	}

	// Each round publishes the pages as different releases (ids shifted by offset), so
	// that every one is new to the dedupe store.
	private static void publishRound(PageParser parser, ReleasePublisher publisher, List<String> pages,
			List<String> urls, long offset, PublishOutcome expected) {
		for (int i = 0; i < pages.size(); i++) {
			ParsedPage page = parser.parse(pages.get(i), urls.get(i), Lang.en);
			ParsedPage shifted = new ParsedPage(page.kremlinId() + offset, page.lang(), page.url(), page.alternateUrl(),
					page.section(), page.title(), page.lead(), page.text(), page.publishedAt(), page.place(),
					page.tags(), page.announcement());
			PublishOutcome outcome = publisher.publish(shifted);
			if (outcome != expected) {
				throw new IllegalStateException("expected " + expected + " but was " + outcome);
			}
		}
	}

	private static void report(String what, int pages, long nanos) {
		double seconds = nanos / 1e9;
		System.out.printf(Locale.ROOT, "%-52s %6d pages in %6.2f s = %8.1f pages/s (%.2f ms/page)%n", what, pages,
				seconds, pages / seconds, seconds * 1000 / pages);
	}

}
