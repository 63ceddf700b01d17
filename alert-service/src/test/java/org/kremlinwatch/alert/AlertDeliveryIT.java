package org.kremlinwatch.alert;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.alert.WebhookReceiver.Call;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole path inside alert-service, with a real broker, PostgreSQL and webhook
 * receiver: tagged release in, signed webhook and AlertRaised out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=delivery-it-admin",
				"kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
				"kremlinwatch.alert.webhook.retry-schedule=0s,1s,1s", "kremlinwatch.alert.webhook.timeout=2s",
				"kremlinwatch.alert.delivery.poll-interval=200ms", "kremlinwatch.alert.partitions=1" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class AlertDeliveryIT {

	private static final WebhookReceiver receiver = new WebhookReceiver();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	MeterRegistry meters;

	private Subscriber subscriber;

	private Api api;

	private String apiKey;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@BeforeEach
	void subscriber() {
		this.subscriber = Subscriber.create(this.port, "delivery-it-admin", "newsroom");
		this.api = this.subscriber.api();
		this.apiKey = this.subscriber.apiKey();
	}

	@Test
	void announcedMeetingRaisesOneSignedWebhookAndAnAlertOnTheAlertsTopic() throws Exception {
		JsonNode subscription = subscribe("/geneva", "[\"MEETING_ANNOUNCED\"]");
		String subscriptionId = subscription.get("id").asString();
		String secret = subscription.get("webhookSecret").asString();

		try (Consumer<String, AlertRaised> alerts = alertsConsumer("alerts-reader")) {
			publish(TestReleases.genevaTalks(Lang.en, 67487));

			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/geneva").size() == 1);
			Call call = receiver.callsTo("/geneva").get(0);
			assertThat(call.signatureVerifies(secret)).isTrue();
			assertThat(call.contentType()).isEqualTo("application/json");
			AlertRaised delivered = EventJson.mapper().readValue(call.body(), AlertRaised.class);
			assertThat(delivered.eventId().toString()).isEqualTo(call.webhookId());
			assertThat(delivered.subscriptionId()).isEqualTo(subscriptionId);
			assertThat(delivered.event().type()).isEqualTo(EventType.MEETING);
			assertThat(delivered.dedupeKey()).isEqualTo("meeting:geneva:2022-01-09:russia,united states");
			assertThat(delivered.reasons()).containsExactly("event:MEETING_ANNOUNCED");

			List<AlertRaised> published = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(alerts, Duration.ofMillis(500))
					.forEach((record) -> published.add(record.value()));
				return published.stream().anyMatch((alert) -> alert.subscriptionId().equals(subscriptionId));
			});
			assertThat(published).filteredOn((alert) -> alert.subscriptionId().equals(subscriptionId))
				.singleElement()
				.satisfies((alert) -> assertThat(alert.eventId()).isEqualTo(delivered.eventId()));
		}
	}

	@Test
	void sameMeetingInLaterReleasesAndOtherLanguageAlertsOnce() {
		subscribe("/repeats", "[\"MEETING_ANNOUNCED\",\"CALL\"]");

		publish(TestReleases.genevaTalks(Lang.en, 67487));
		publish(TestReleases.genevaTalks(Lang.ru, 67487));
		publish(TestReleases.genevaTalks(Lang.en, 67510));
		// The call of release 67999 is new: once its webhook arrived, every release
		// before it on the partition has been processed.
		publish(TestReleases.genevaTalks(Lang.en, 67999));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> receiver.callsTo("/repeats")
				.stream()
				.anyMatch((call) -> call.body().contains("\"kremlinId\":67999")));
		List<String> keys = receiver.callsTo("/repeats")
			.stream()
			.map((call) -> EventJson.mapper().readValue(call.body(), AlertRaised.class).dedupeKey())
			.toList();
		assertThat(keys).filteredOn((key) -> key.startsWith("meeting:")).hasSize(1);
		assertThat(keys).filteredOn((key) -> key.startsWith("CALL:")).hasSize(3);
		assertThat(this.api.call("GET", "/api/v1/alerts?limit=50", this.apiKey, null).json()).hasSize(4);
	}

	@Test
	void failingReceiverGetsTheSameWebhookIdOnRetry() {
		JsonNode subscription = subscribe("/flaky", "[\"MEETING_ANNOUNCED\"]");
		String secret = subscription.get("webhookSecret").asString();
		receiver.failNext("/flaky", 500);

		publish(TestReleases.genevaTalks(Lang.en, 67487));

		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/flaky").size() == 2);
		List<Call> calls = receiver.callsTo("/flaky");
		assertThat(calls.get(1).webhookId()).isEqualTo(calls.get(0).webhookId());
		assertThat(calls).allSatisfy((call) -> assertThat(call.signatureVerifies(secret)).isTrue());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			List<JsonNode> log = this.subscriber.deliveries(subscription.get("id").asString());
			assertThat(log).hasSize(1);
			assertThat(log.get(0).get("status").asString()).isEqualTo("DELIVERED");
			assertThat(log.get(0).get("attempts").asInt()).isEqualTo(2);
			assertThat(log.get(0).get("lastStatusCode").asInt()).isEqualTo(200);
			assertThat(log.get(0).get("alertId").asString()).isEqualTo(calls.get(0).webhookId());
		});
	}

	@Test
	void receiverHangingPastTheTimeoutDoesNotHoldUpAnotherSubscriber() {
		JsonNode slow = subscribe("/slow", "[\"MEETING_ANNOUNCED\",\"CALL\"]");
		subscribe("/fast", "[\"MEETING_ANNOUNCED\"]");
		receiver.hang("/slow");

		publish(TestReleases.genevaTalks(Lang.en, 67487));

		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/fast").size() == 1);
		assertThat(receiver.hangingCalls()).contains("/slow");
		// The hanging calls are cut off by the timeout and retried, not left waiting.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<JsonNode> log = this.subscriber.deliveries(slow.get("id").asString());
			assertThat(log).hasSize(2)
				.allSatisfy((entry) -> assertThat(entry.get("lastError").asString()).contains("Timeout"));
		});
	}

	@Test
	void redeliversOnRequestWithTheSameWebhookId() {
		JsonNode subscription = subscribe("/redeliver", "[\"MEETING_ANNOUNCED\"]");
		String id = subscription.get("id").asString();
		publish(TestReleases.genevaTalks(Lang.en, 67487));
		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/redeliver").size() == 1);
		String deliveries = "/api/v1/subscriptions/" + id + "/deliveries";
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.api.call("GET", deliveries, this.apiKey, null).body().contains("DELIVERED"));
		String deliveryId = this.api.call("GET", deliveries, this.apiKey, null).json().get(0).get("id").asString();

		Response accepted = this.api.call("POST", deliveries + "/" + deliveryId + "/redeliver", this.apiKey, null);

		assertThat(accepted.status()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/redeliver").size() == 2);
		assertThat(receiver.callsTo("/redeliver")).extracting(Call::webhookId)
			.containsOnly(receiver.callsTo("/redeliver").get(0).webhookId());
	}

	@Test
	void poisonRecordGoesToDeadLetterTopicAndProcessingContinues() {
		subscribe("/after-poison", "[]");
		byte[] poison = "{\"releaseId\": this is not JSON".getBytes(StandardCharsets.UTF_8);

		double skippedBefore = this.meters.counter("kremlinwatch.alert.releases.archive.unreadable").count();
		try (Consumer<String, byte[]> deadLetters = bytesConsumer("dlt-reader")) {
			this.kafka.send(Topics.RELEASES_TAGGED_V1, "en:1", poison);
			publish(TestReleases.genevaTalks(Lang.en, 70001));

			List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(deadLetters, Duration.ofMillis(500)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> Arrays.equals(record.value(), poison));
			});
			await().atMost(Duration.ofSeconds(30))
				.until(() -> receiver.callsTo("/after-poison")
					.stream()
					.anyMatch((call) -> call.body().contains("\"kremlinId\":70001")));

			// The archive's consumer group skips it rather than dead-lettering a second
			// copy: one poison record, one dead letter.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.meters.counter("kremlinwatch.alert.releases.archive.unreadable")
					.count() > skippedBefore);
			KafkaTestUtils.getRecords(deadLetters, Duration.ofSeconds(2)).forEach(seen::add);
			assertThat(seen).filteredOn((record) -> Arrays.equals(record.value(), poison)).hasSize(1);
		}
	}

	@Test
	void poisonRecordAmidABatchGoesToDeadLetterTopicAndTheReleasesAroundItRaiseAlertsOnce() {
		subscribe("/around-poison", "[]");
		byte[] poison = "{\"releaseId\": \"en:71002\", oops".getBytes(StandardCharsets.UTF_8);

		try (Consumer<String, byte[]> deadLetters = bytesConsumer("dlt-reader-batch")) {
			// Sent together, so that the service reads them in one poll.
			this.kafka.send(Topics.RELEASES_TAGGED_V1, "en:71001", TestReleases.genevaTalks(Lang.en, 71001));
			this.kafka.send(Topics.RELEASES_TAGGED_V1, "en:71002", poison);
			publish(TestReleases.genevaTalks(Lang.en, 71003));

			List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				KafkaTestUtils.getRecords(deadLetters, Duration.ofMillis(500)).forEach(seen::add);
				return seen.stream().anyMatch((record) -> Arrays.equals(record.value(), poison));
			});
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/around-poison").size() >= 2);
			assertThat(receiver.callsTo("/around-poison")).extracting(Call::body)
				.satisfiesExactlyInAnyOrder((body) -> assertThat(body).contains("\"kremlinId\":71001"),
						(body) -> assertThat(body).contains("\"kremlinId\":71003"));
		}
	}

	private JsonNode subscribe(String path, String eventTypes) {
		return this.subscriber.subscribe(path, eventTypes, receiver.url(path));
	}

	private void publish(ReleaseTagged release) {
		Subscriber.publish(this.kafka, release);
	}

	private Consumer<String, AlertRaised> alertsConsumer(String group) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker, group, false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Consumer<String, AlertRaised> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new org.springframework.kafka.support.serializer.JacksonJsonDeserializer<>(AlertRaised.class,
						EventJson.mapper(), false))
			.createConsumer();
		// Created by the service's own NewTopic bean, not by the test broker.
		consumer.subscribe(List.of(Topics.ALERTS_V1));
		return consumer;
	}

	private Consumer<String, byte[]> bytesConsumer(String group) {
		Map<String, Object> props = KafkaTestUtils.consumerProps(this.broker, group, false);
		props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
				new ByteArrayDeserializer())
			.createConsumer();
		consumer.subscribe(List.of(Topics.RELEASES_TAGGED_V1_DLT));
		return consumer;
	}

}
