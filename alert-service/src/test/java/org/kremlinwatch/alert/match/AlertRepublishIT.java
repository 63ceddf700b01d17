package org.kremlinwatch.alert.match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Subscriber;
import org.kremlinwatch.alert.TestDatabase;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.Lang;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An alert recorded but never published (the process died between the database commit and
 * the send) still reaches {@code kremlin.alerts.v1}, with its key and id unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=republish-it-admin", "kremlinwatch.alert.partitions=1",
				"kremlinwatch.alert.republish.grace=2s", "kremlinwatch.alert.republish.interval=200ms" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class AlertRepublishIT {

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Test
	void alertWhosePublicationWasLostIsPublishedAgainWithTheSameKeyAndId() {
		String subscriptionId = Subscriber.create(this.port, "republish-it-admin", "desk")
			.subscribe("feed only", "[\"MEETING_ANNOUNCED\"]", null)
			.get("id")
			.asString();

		try (Consumer<String, AlertRaised> alerts = alertsConsumer()) {
			Subscriber.publish(this.kafka, TestReleases.genevaTalks(Lang.en, 67487));
			List<ConsumerRecord<String, AlertRaised>> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(alerts, Duration.ofMillis(300)).forEach(seen::add);
				return !seen.isEmpty();
			});
			ConsumerRecord<String, AlertRaised> first = seen.get(0);
			assertThat(first.key()).isEqualTo(subscriptionId);

			// The record is on the topic once the broker acknowledged it, a moment before
			// the listener marks the alert published: wait for that mark, or it would
			// overwrite the loss simulated next.
			await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
			// As if the process had died after the commit and before the send.
			int lost = this.jdbc.sql("""
					INSERT INTO alert_unpublished (alert_id, release_id, created_at)
					SELECT id, release_id, now() - interval '1 minute' FROM alert WHERE subscription_id = ?""")
				.param(UUID.fromString(subscriptionId))
				.update();
			assertThat(lost).isEqualTo(1);

			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(alerts, Duration.ofMillis(300)).forEach(seen::add);
				return seen.size() >= 2;
			});
			assertThat(seen).hasSize(2).allSatisfy((record) -> {
				assertThat(record.key()).isEqualTo(first.key());
				assertThat(record.value().eventId()).isEqualTo(first.value().eventId());
			});
			await().atMost(Duration.ofSeconds(10)).until(() -> unpublished() == 0);
			// Published once more, not again and again.
			assertThat(KafkaTestUtils.getRecords(alerts, Duration.ofSeconds(1)).count()).isZero();
		}
	}

	private long unpublished() {
		return this.jdbc.sql("SELECT count(*) FROM alert_unpublished").query(Long.class).single();
	}

	private Consumer<String, AlertRaised> alertsConsumer() {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker, "republish-reader", false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Consumer<String, AlertRaised> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new JacksonJsonDeserializer<>(AlertRaised.class, EventJson.mapper(), false))
			.createConsumer();
		consumer.subscribe(List.of(Topics.ALERTS_V1));
		return consumer;
	}

}
