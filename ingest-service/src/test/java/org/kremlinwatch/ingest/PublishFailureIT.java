package org.kremlinwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.ingest.source.SourceStates;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash between fetch and publish loses nothing: with Kafka unreachable the fetched
 * release is not marked and the next run publishes it; when Kafka acknowledged but the
 * mark was lost, the re-publication carries the same eventId, so consumers drop it.
 */
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_FETCHED_V1)
class PublishFailureIT {

	private static final String NEWS = "/en/events/president/news/95001";

	private final KremlinSite site = new KremlinSite();

	private final String database = TestPostgres.newDatabase();

	private final JdbcClient jdbc = JdbcClient
		.create(new DriverManagerDataSource(this.database + "&currentSchema=ingest", "postgres", ""));

	@Test
	void releaseFetchedWhileKafkaIsDownIsPublishedByTheNextRunWithADeterministicEventId() {
		this.site.put("/en/events/president/news/feed", "application/atom+xml; charset=utf-8",
				KremlinSite.feed(null, 95001));
		this.site.put(NEWS, "text/html; charset=utf-8", KremlinSite.article(95001));

		// 1. Kafka unreachable: fetched and parsed, the send times out, nothing is
		// marked.
		try (ConfigurableApplicationContext down = start("127.0.0.1:1", "--spring.kafka.admin.auto-create=false",
				"--spring.kafka.producer.properties.max.block.ms=1000",
				"--spring.kafka.admin.properties.default.api.timeout.ms=1000",
				"--spring.kafka.admin.properties.request.timeout.ms=1000")) {
			SourceStates states = down.getBean(SourceStates.class);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(states.state("en").consecutiveFailures()).isPositive());
			assertThat(states.state("en").lastErrorMessage()).contains("95001", "Kafka did not acknowledge");
		}
		assertThat(this.site.requests()).contains(NEWS);
		assertThat(seenRows()).isZero();

		// 2. Kafka back: the next run publishes it and only then marks it.
		KafkaConsumer<String, String> consumer = consumer();
		List<ReleaseFetched> received = new ArrayList<>();
		try (ConfigurableApplicationContext up = start(broker())) {
			awaitRecords(consumer, received, 1);
		}
		assertThat(seenRows()).isOne();
		ReleaseFetched first = received.get(0);
		assertThat(first.releaseId()).isEqualTo("en:95001");
		assertThat(first.eventId())
			.isEqualTo(UUID.nameUUIDFromBytes(("en:95001#1#" + first.contentHash()).getBytes(StandardCharsets.UTF_8)));

		// 3. Acknowledged but the mark lost (crash right after the ack): the restart
		// publishes it again with the same eventId.
		this.jdbc.sql("DELETE FROM seen_releases").update();
		try (ConfigurableApplicationContext restarted = start(broker())) {
			awaitRecords(consumer, received, 2);
		}
		consumer.close();
		this.site.close();
		assertThat(received.get(1).eventId()).isEqualTo(first.eventId());
		assertThat(received.get(1).revision()).isEqualTo(1);
	}

	private ConfigurableApplicationContext start(String bootstrap, String... extra) {
		List<String> args = new ArrayList<>(
				List.of("--spring.kafka.bootstrap-servers=" + bootstrap, "--spring.datasource.url=" + this.database,
						"--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--kremlinwatch.ingest.partitions=1", "--kremlinwatch.ingest.sources.ru.enabled=false",
						"--kremlinwatch.ingest.sources.en.base-url=" + this.site.baseUrl() + "/en",
						"--kremlinwatch.ingest.sources.en.poll-interval=1h",
						"--kremlinwatch.ingest.rate-limit.requests-per-second=200",
						"--kremlinwatch.ingest.rate-limit.jitter=0ms"));
		args.addAll(List.of(extra));
		return new SpringApplicationBuilder(IngestApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	private long seenRows() {
		return this.jdbc.sql("SELECT count(*) FROM seen_releases").query(Long.class).single();
	}

	private static void awaitRecords(KafkaConsumer<String, String> consumer, List<ReleaseFetched> received,
			int expected) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
				received.add(EventJson.mapper().readValue(record.value(), ReleaseFetched.class));
			}
			assertThat(received).hasSize(expected);
		});
	}

	private static KafkaConsumer<String, String> consumer() {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker(), ConsumerConfig.GROUP_ID_CONFIG,
						"publish-failure-it-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(Topics.RELEASES_FETCHED_V1));
		return consumer;
	}

	private static String broker() {
		return EmbeddedKafkaCondition.getBroker().getBrokersAsString();
	}

}
