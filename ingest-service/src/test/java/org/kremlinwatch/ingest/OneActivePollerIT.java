package org.kremlinwatch.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.ingest.source.SourceStates;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two ingest instances on one database and one site: only the holder of the source's
 * advisory lock fetches the feed; when it stops, the other takes over.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_FETCHED_V1)
class OneActivePollerIT {

	private static final String FEED = "/en/events/president/news/feed";

	private final KremlinSite site = new KremlinSite();

	private final String database = TestPostgres.newDatabase();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@AfterEach
	void stop() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		this.site.close();
	}

	@Test
	void onlyTheLockHolderPollsAndTheOtherTakesOverWhenItStops() {
		this.site.put(FEED, "application/atom+xml; charset=utf-8", KremlinSite.feed(null, 94001));
		this.site.put("/en/events/president/news/94001", "text/html; charset=utf-8", KremlinSite.article(94001));

		ConfigurableApplicationContext first = start("kremlinwatch/first");
		await().atMost(Duration.ofSeconds(30)).until(() -> isActivePoller(first));
		ConfigurableApplicationContext second = start("kremlinwatch/second");
		await().atMost(Duration.ofSeconds(30)).until(() -> "STANDBY".equals(en(second).get("status")));
		long firstPolls = this.site.requests("kremlinwatch/first", FEED);

		// Several intervals pass with both instances running.
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.site.requests("kremlinwatch/first", FEED) >= firstPolls + 4);
		assertThat(this.site.requests("kremlinwatch/second", FEED)).as("feed polls by the standby instance").isZero();
		assertThat(isActivePoller(first)).isTrue();
		assertThat(en(second)).containsEntry("activePoller", false);
		assertThat(gauge(second, "kremlinwatch.ingest.source.active")).isZero();
		assertThat(gauge(second, "kremlinwatch.ingest.source.last.success.age")).as("no false 'source down' alert")
			.isNaN();

		first.close();
		long firstPollsAtStop = this.site.requests("kremlinwatch/first", FEED);
		await().atMost(Duration.ofSeconds(30)).until(() -> this.site.requests("kremlinwatch/second", FEED) >= 2);

		assertThat(isActivePoller(second)).isTrue();
		assertThat(gauge(second, "kremlinwatch.ingest.source.active")).isOne();
		assertThat(this.site.requests("kremlinwatch/first", FEED)).isEqualTo(firstPollsAtStop);
		assertThat(publishedRecords()).as("the release is published once by both instances together").isOne();
	}

	private ConfigurableApplicationContext start(String userAgent) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IngestApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.kafka.bootstrap-servers=" + EmbeddedKafkaCondition.getBroker().getBrokersAsString(),
					"--spring.datasource.url=" + this.database, "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--kremlinwatch.ingest.partitions=1",
					"--kremlinwatch.ingest.sources.ru.enabled=false",
					"--kremlinwatch.ingest.sources.en.base-url=" + this.site.baseUrl() + "/en",
					"--kremlinwatch.ingest.sources.en.poll-interval=200ms",
					"--kremlinwatch.ingest.rate-limit.requests-per-second=200",
					"--kremlinwatch.ingest.rate-limit.jitter=0ms", "--kremlinwatch.ingest.user-agent=" + userAgent);
		this.contexts.add(context);
		return context;
	}

	private static boolean isActivePoller(ConfigurableApplicationContext context) {
		return Boolean.TRUE.equals(en(context).get("activePoller"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> en(ConfigurableApplicationContext context) {
		return (Map<String, Object>) context.getBean(SourceStates.class).health().getDetails().get("en");
	}

	private static double gauge(ConfigurableApplicationContext context, String name) {
		return context.getBean(MeterRegistry.class).get(name).tag("source", "en").gauge().value();
	}

	private int publishedRecords() {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedKafkaCondition.getBroker().getBrokersAsString(),
						ConsumerConfig.GROUP_ID_CONFIG, "one-active-poller-it-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.RELEASES_FETCHED_V1));
			List<String> keys = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			while (System.nanoTime() < deadline) {
				consumer.poll(Duration.ofMillis(300)).forEach((record) -> keys.add(record.key()));
			}
			return keys.size();
		}
	}

}
