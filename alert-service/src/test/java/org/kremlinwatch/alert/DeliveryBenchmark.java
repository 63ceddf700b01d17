package org.kremlinwatch.alert;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.testsupport.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.awaitility.Awaitility.await;

/**
 * Delivered alerts per second from a burst: releases published at once to the whole
 * service (embedded broker, embedded PostgreSQL, a local receiver), timed until every
 * signed webhook arrived. Not part of the build; see BENCHMARKS.md.
 */
class DeliveryBenchmark {

	private static final int SUBSCRIPTIONS = 50;

	private static final int RELEASES = 40;

	@Test
	@SuppressWarnings("unchecked")
	void deliveredAlertsPerSecondFromABurst() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, Topics.RELEASES_TAGGED_V1);
		broker.afterPropertiesSet();
		try (WebhookReceiver receiver = new WebhookReceiver();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(AlertApplication.class).run(
						"--server.port=0", "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
						"--spring.datasource.url=" + TestPostgres.newDatabase(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--kremlinwatch.alert.admin-token=bench", "--kremlinwatch.alert.partitions=1",
						"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
						"--kremlinwatch.alert.delivery.poll-interval=100ms")) {
			Api api = new Api(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
			String key = api.newSubscriber("bench", "bench");
			for (int i = 0; i < SUBSCRIPTIONS; i++) {
				api.call("POST", "/api/v1/subscriptions", key,
						"{\"name\":\"s" + i + "\",\"webhookUrl\":\"" + receiver.url("/bench") + "\"}");
			}
			List<ReleaseTagged> releases = new ArrayList<>();
			for (int i = 0; i < RELEASES; i++) {
				releases.add(TestReleases.genevaTalks(Lang.en, 90_000 + i));
			}
			KafkaTemplate<String, Object> kafka = app.getBean(KafkaTemplate.class);
			int expected = SUBSCRIPTIONS * RELEASES;

			long start = System.nanoTime();
			releases.forEach((release) -> kafka.send(Topics.RELEASES_TAGGED_V1, release.releaseId(), release));
			kafka.flush();
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> receiver.callsTo("/bench").size() >= expected);
			double seconds = (System.nanoTime() - start) / 1e9;

			System.out.printf("burst of %d releases x %d subscriptions: %d webhooks in %.2f s = %.0f alerts/s%n",
					RELEASES, SUBSCRIPTIONS, expected, seconds, expected / seconds);
		}
		finally {
			broker.destroy();
		}
	}

}
