package org.kremlinwatch.alert;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.WebhookReceiver.Call;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.testsupport.TestPostgres;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Deliveries live in PostgreSQL, not in the process: alerts raised while the receiver is
 * down are sent by the next run of the service, each once.
 */
class DeliveryRestartIT {

	private static final String ADMIN = "restart-it-admin";

	private static final String CALLS_AND_MEETINGS = "[\"MEETING_ANNOUNCED\",\"CALL\"]";

	private static EmbeddedKafkaKraftBroker broker;

	@BeforeAll
	static void startBroker() {
		broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.RELEASES_TAGGED_V1);
		broker.afterPropertiesSet();
	}

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	@Test
	void pendingDeliveriesArriveOncePerWebhookIdAfterARestart() {
		String database = TestPostgres.newDatabase();
		int receiverPort = freePort();
		String url = "http://127.0.0.1:" + receiverPort + "/restart";
		String apiKey;
		String subscriptionId;
		String secret;

		try (ConfigurableApplicationContext first = start(database)) {
			Api api = api(first);
			Subscriber subscriber = Subscriber.create(port(first), ADMIN, "restart");
			apiKey = subscriber.apiKey();
			JsonNode subscription = subscriber.subscribe("restart", CALLS_AND_MEETINGS, url);
			subscriptionId = subscription.get("id").asString();
			secret = subscription.get("webhookSecret").asString();
			// One meeting repeated by three releases plus three calls: four alerts.
			publish(first, TestReleases.genevaTalks(Lang.en, 67487));
			publish(first, TestReleases.genevaTalks(Lang.en, 67510));
			publish(first, TestReleases.genevaTalks(Lang.en, 67999));

			// The receiver is down: every delivery has failed at least once and waits.
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				JsonNode log = deliveries(api, apiKey, subscriptionId);
				assertThat(log).hasSize(4);
				assertThat(log).allSatisfy((entry) -> {
					assertThat(entry.get("status").asString()).isEqualTo("PENDING");
					assertThat(entry.get("attempts").asInt()).isPositive();
					assertThat(entry.get("lastError").asString()).contains("ConnectException");
				});
			});
			// Operators see the retry queue grow.
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(
						api.call("GET", "/actuator/metrics/kremlinwatch.alert.deliveries.retrying", null, null)
							.json()
							.get("measurements")
							.get(0)
							.get("value")
							.asDouble())
					.isEqualTo(4.0));
		}

		try (WebhookReceiver receiver = new WebhookReceiver(receiverPort);
				ConfigurableApplicationContext second = start(database)) {
			await().atMost(Duration.ofSeconds(30)).until(() -> receiver.callsTo("/restart").size() >= 4);
			// Nothing more arrives: each pending delivery was sent exactly once.
			await().during(Duration.ofSeconds(2))
				.atMost(Duration.ofSeconds(5))
				.until(() -> receiver.callsTo("/restart").size() == 4);
			List<Call> calls = receiver.callsTo("/restart");
			assertThat(calls).extracting(Call::webhookId).doesNotHaveDuplicates();
			assertThat(calls).allSatisfy((call) -> assertThat(call.signatureVerifies(secret)).isTrue());
			Api api = api(second);
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(deliveries(api, apiKey, subscriptionId))
					.allSatisfy((entry) -> assertThat(entry.get("status").asString()).isEqualTo("DELIVERED"))
					.extracting((entry) -> entry.get("alertId").asString())
					.containsExactlyInAnyOrderElementsOf(calls.stream().map(Call::webhookId).toList()));
		}
	}

	private static ConfigurableApplicationContext start(String database) {
		return new SpringApplicationBuilder(AlertApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
				"--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--kremlinwatch.alert.admin-token=" + ADMIN,
				"--kremlinwatch.alert.partitions=1", "--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
				"--kremlinwatch.alert.webhook.timeout=2s",
				// Enough attempts that none fails for good while the receiver is down.
				"--kremlinwatch.alert.webhook.retry-schedule=0s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
				"--kremlinwatch.alert.delivery.poll-interval=200ms");
	}

	private static Api api(ConfigurableApplicationContext context) {
		return new Api(port(context));
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	private static JsonNode deliveries(Api api, String apiKey, String subscriptionId) {
		return api.call("GET", "/api/v1/subscriptions/" + subscriptionId + "/deliveries", apiKey, null).json();
	}

	@SuppressWarnings("unchecked")
	private static void publish(ConfigurableApplicationContext context, ReleaseTagged release) {
		Subscriber.publish(context.getBean(KafkaTemplate.class), release);
	}

	/**
	 * A port with nothing listening: calls to it are refused, as by a receiver that is
	 * down.
	 */
	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
