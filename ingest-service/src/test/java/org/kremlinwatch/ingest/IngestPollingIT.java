package org.kremlinwatch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.ingest.source.SourcePoller;
import org.kremlinwatch.ingest.source.SourceStates;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole ingest path against a real local site, an embedded KRaft broker and a real
 * PostgreSQL. The methods run in order: each builds on what the previous published.
 */
@SpringBootTest(properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"kremlinwatch.ingest.sources.ru.enabled=false", "kremlinwatch.ingest.sources.en.poll-interval=1h",
		"kremlinwatch.ingest.sources.dead.base-url=http://127.0.0.1:1", "kremlinwatch.ingest.sources.dead.lang=ru",
		"kremlinwatch.ingest.sources.dead.poll-interval=1h", "kremlinwatch.ingest.partitions=1",
		"kremlinwatch.ingest.request-timeout=3s", "kremlinwatch.ingest.rate-limit.requests-per-second=200",
		"kremlinwatch.ingest.rate-limit.jitter=0ms", "kremlinwatch.ingest.retry.initial-backoff=10ms",
		"kremlinwatch.ingest.retry.max-backoff=40ms", "kremlinwatch.ingest.circuit-breaker.failure-threshold=2",
		"kremlinwatch.ingest.circuit-breaker.cool-down=1h", "kremlinwatch.ingest.sources.broken.lang=ru",
		"kremlinwatch.ingest.sources.broken.poll-interval=1h" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_FETCHED_V1)
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class IngestPollingIT {

	private static final String FEED = "/en/events/president/news/feed";

	private static final String NEWS = "/en/events/president/news/90001";

	private static final String TRANSCRIPT = "/en/events/president/transcripts/90003";

	private static final KremlinSite site = new KremlinSite();

	private static final String database = TestPostgres.newDatabase();

	@Autowired
	private SourcePoller poller;

	@Autowired
	private SourceStates states;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private EmbeddedKafkaBroker broker;

	private KafkaConsumer<String, String> consumer;

	private final List<ReleaseFetched> received = new ArrayList<>();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		String article = KremlinSite.resource("/pages/en-article.html");
		site.put(FEED, "application/atom+xml; charset=utf-8", KremlinSite.resource("/feeds/en-feed.xml"));
		site.put(NEWS, "text/html; charset=utf-8", article);
		site.put(TRANSCRIPT, "text/html; charset=utf-8",
				article.replace("90001", "90003").replace("Meeting with the Governor", "Address at the Forum"));
		registry.add("spring.datasource.url", () -> database);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("kremlinwatch.ingest.sources.en.base-url", () -> site.baseUrl() + "/en");
		// Its feed answers 404 (wrong path, or the site moved it).
		registry.add("kremlinwatch.ingest.sources.broken.base-url", () -> site.baseUrl() + "/broken");
	}

	@BeforeAll
	void subscribe() {
		this.consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.getBrokersAsString(),
						ConsumerConfig.GROUP_ID_CONFIG, "ingest-polling-it-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(Topics.RELEASES_FETCHED_V1));
	}

	@AfterAll
	void close() {
		this.consumer.close();
		site.close();
	}

	@Test
	@Order(1)
	void firstPollPublishesEachReleaseOnce() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			receive(Duration.ofMillis(200));
			assertThat(this.received).hasSize(2);
		});

		assertThat(this.received).extracting(ReleaseFetched::releaseId).containsExactly("en:90003", "en:90001");
		ReleaseFetched news = this.received.get(1);
		assertThat(news.revision()).isEqualTo(1);
		assertThat(news.lang()).isEqualTo(Lang.en);
		assertThat(news.url()).isEqualTo("http://en.kremlin.ru/events/president/news/90001");
		assertThat(news.section()).isEqualTo("news");
		assertThat(news.publishedAt()).hasToString("2020-08-27T15:20+03:00");
		assertThat(news.tags()).contains("Regions");
		assertThat(news.text()).contains("road building");
		assertThat(this.received.get(0).section()).isEqualTo("transcripts");
		assertThat(site.userAgents()).allMatch((agent) -> agent.startsWith("kremlinwatch/"));
		// Nothing was known, so the older feed page was asked for; this site has none
		// (404), which ends the paging without failing the poll.
		assertThat(site.requests()).contains(FEED + "/page/2");
		assertThat(this.states.state("en").consecutiveFailures()).isZero();
		assertThat(this.meters.counter("kremlinwatch.ingest.releases.published", "kind", "new").count()).isEqualTo(2);
	}

	@Test
	@Order(2)
	void unchangedFeedCostsOneNotModifiedAndNoRecord() {
		int before = site.notModified().size();

		int published = this.poller.poll("en");

		assertThat(published).isZero();
		assertThat(site.notModified().subList(before, site.notModified().size())).containsExactly(FEED);
		receive(Duration.ofSeconds(1));
		assertThat(this.received).hasSize(2);
		assertThat(
				this.meters.counter("kremlinwatch.ingest.fetches", "source", "en", "outcome", "not_modified").count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	@Order(3)
	void silentEditPublishesRevisionTwo() {
		site.put(NEWS, "text/html; charset=utf-8", site.get(NEWS).replace("the harvest", "the autumn harvest"));
		site.put(FEED, "application/atom+xml; charset=utf-8",
				site.get(FEED).replace("2020-08-27T20:09:44+04:00", "2020-08-27T21:00:00+04:00"));

		int published = this.poller.poll("en");

		assertThat(published).isOne();
		receive(Duration.ofSeconds(1));
		assertThat(this.received).hasSize(3);
		ReleaseFetched edit = this.received.get(2);
		assertThat(edit.releaseId()).isEqualTo("en:90001");
		assertThat(edit.revision()).isEqualTo(2);
		assertThat(edit.text()).contains("the autumn harvest");
		assertThat(edit.contentHash()).isNotEqualTo(this.received.get(1).contentHash());
		assertThat(edit.eventId()).isNotEqualTo(this.received.get(1).eventId());
		assertThat(site.notModified()).contains(TRANSCRIPT);
	}

	@Test
	@Order(4)
	void dedupeSurvivesARestart() {
		// This instance goes away, as in a restart: it frees its sources, which the new
		// one polls. The later tests poll by hand, which takes the sources back.
		this.poller.stop();
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(IngestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.kafka.bootstrap-servers=" + this.broker.getBrokersAsString(),
					"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--kremlinwatch.ingest.sources.ru.enabled=false",
					"--kremlinwatch.ingest.sources.en.base-url=" + site.baseUrl() + "/en",
					"--kremlinwatch.ingest.sources.en.poll-interval=1h", "--kremlinwatch.ingest.partitions=1")) {
			SourceStates restartedStates = restarted.getBean(SourceStates.class);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(restartedStates.state("en").lastSuccess()).isNotNull());

			assertThat(restartedStates.state("en").consecutiveFailures()).isZero();
		}
		receive(Duration.ofSeconds(1));
		assertThat(this.received).hasSize(3);
	}

	@Test
	@Order(5)
	void unreachableSourceShowsInHealthWithoutTakingTheServiceDown() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.states.state("dead").consecutiveFailures()).isPositive());

		Health health = this.states.health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		@SuppressWarnings("unchecked")
		Map<String, Object> dead = (Map<String, Object>) health.getDetails().get("dead");
		assertThat(dead).containsEntry("status", "FAILING").containsEntry("lastSuccess", "never");
		assertThat((String) dead.get("lastErrorMessage")).contains("source 'dead' is unreachable");
		@SuppressWarnings("unchecked")
		Map<String, Object> en = (Map<String, Object>) health.getDetails().get("en");
		assertThat(en).containsEntry("status", "OK");
		assertThat(this.meters.counter("kremlinwatch.ingest.fetches", "source", "dead", "outcome", "error").count())
			.isPositive();
	}

	@Test
	@Order(6)
	void releaseThatFailedIsPublishedAtTheNextPoll() {
		String page = "/en/events/president/news/90004";
		site.put(page, "text/html; charset=utf-8", KremlinSite.resource("/feeds/captcha.html"));
		site.put(FEED, "application/atom+xml; charset=utf-8", site.get(FEED)
			.replaceFirst("<entry>",
					"<entry><title>Late entry</title><id>http://en.kremlin.ru/events/president/news/90004</id></entry><entry>"));

		assertThat(this.poller.poll("en")).isZero();
		assertThat(this.states.state("en").consecutiveFailures()).isOne();
		assertThat(this.states.state("en").lastErrorMessage()).contains("90004", "captcha page");

		site.put(page, "text/html; charset=utf-8",
				KremlinSite.resource("/pages/en-article.html").replace("90001", "90004"));
		assertThat(this.poller.poll("en")).isOne();

		receive(Duration.ofSeconds(1));
		assertThat(this.received).extracting(ReleaseFetched::releaseId).hasSize(4).endsWith("en:90004");
		assertThat(this.states.state("en").consecutiveFailures()).isZero();
	}

	@Test
	@Order(7)
	void failingSourceOpensItsCircuitAndIsLeftAlone() {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.states.state("broken").consecutiveFailures()).isPositive());
		this.poller.poll("broken");
		long requests = brokenRequests();

		assertThat(this.poller.poll("broken")).isZero();
		assertThat(this.poller.poll("broken")).isZero();

		assertThat(brokenRequests()).as("no request while the circuit is open").isEqualTo(requests);
		@SuppressWarnings("unchecked")
		Map<String, Object> broken = (Map<String, Object>) this.states.health().getDetails().get("broken");
		assertThat(broken).containsEntry("circuit", "OPEN").containsKey("circuitOpenUntil");
		assertThat(this.meters.get("kremlinwatch.ingest.source.circuit").tag("source", "broken").gauge().value())
			.isEqualTo(1);
		assertThat(this.meters.get("kremlinwatch.ingest.source.circuit").tag("source", "en").gauge().value()).isZero();
		assertThat(this.meters.get("kremlinwatch.ingest.source.last.success.age").tag("source", "en").gauge().value())
			.isBetween(0.0, 60.0);
	}

	@Test
	@Order(8)
	void burstOfMoreThanOneFeedPageLosesNothing() {
		long[] firstPage = LongStream.rangeClosed(91006, 91025).map((id) -> 91006 + 91025 - id).toArray();
		long[] secondPage = { 91005, 91004, 91003, 91002, 91001, 90001 };
		for (long id = 91001; id <= 91025; id++) {
			site.put("/en/events/president/news/" + id, "text/html; charset=utf-8", KremlinSite.article(id));
		}
		String next = "http://en.kremlin.ru/events/president/news/feed/page/";
		site.put(FEED, "application/atom+xml; charset=utf-8", KremlinSite.feed(next + 2, firstPage));
		site.put(FEED + "/page/2", "application/atom+xml; charset=utf-8", KremlinSite.feed(next + 3, secondPage));
		int before = this.received.size();

		assertThat(this.poller.poll("en")).isEqualTo(25);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			receive(Duration.ofMillis(200));
			assertThat(this.received).hasSizeGreaterThanOrEqualTo(before + 25);
		});
		List<String> published = this.received.subList(before, this.received.size())
			.stream()
			.map(ReleaseFetched::releaseId)
			.toList();
		assertThat(published).hasSize(25).startsWith("en:91001", "en:91002").endsWith("en:91025");
		assertThat(site.requests()).as("page 2 held a known release: no need for page 3")
			.doesNotContain(FEED + "/page/3");
	}

	private long brokenRequests() {
		return site.requests().stream().filter((path) -> path.startsWith("/broken")).count();
	}

	private void receive(Duration timeout) {
		for (ConsumerRecord<String, String> record : this.consumer.poll(timeout)) {
			ReleaseFetched event = EventJson.mapper().readValue(record.value(), ReleaseFetched.class);
			assertThat(record.key()).isEqualTo(event.releaseId());
			this.received.add(event);
		}
	}

}
