package org.kremlinwatch.alert.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Subscriber;
import org.kremlinwatch.alert.TestDatabase;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An SMTP server that refuses a recipient for good (5xx) fails the e-mail at once, with
 * the server's answer in the delivery log; one that asks to try again later (4xx) gets
 * the e-mail again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=rejection-it-admin", "kremlinwatch.alert.partitions=1",
				"kremlinwatch.alert.webhook.retry-schedule=0s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
				"kremlinwatch.alert.delivery.poll-interval=200ms", "kremlinwatch.alert.digest.cron=-",
				"spring.mail.host=127.0.0.1", "spring.mail.properties[mail.smtp.connectiontimeout]=2000",
				"spring.mail.properties[mail.smtp.timeout]=2000" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class EmailRejectionIT {

	private static final ScriptedSmtpServer smtp = started();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void databaseAndSmtp(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopSmtp() throws IOException {
		smtp.close();
	}

	@Test
	void unknownMailboxFailsAtOnceWhileATemporaryRefusalIsRetried() {
		Subscriber desk = Subscriber.create(this.port, "rejection-it-admin", "desk");
		String unknown = subscribe(desk, "unknown@example.org");
		String busy = subscribe(desk, "busy@example.org");
		String fine = subscribe(desk, "fine@example.org");

		Subscriber.publish(this.kafka, TestReleases.genevaTalks(Lang.en, 67487));

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.accepted().contains("fine@example.org"));
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			JsonNode refused = desk.deliveries(unknown).get(0);
			assertThat(refused.get("status").asString()).isEqualTo("FAILED");
			assertThat(refused.get("attempts").asInt()).isEqualTo(1);
			assertThat(refused.get("lastStatusCode").asInt()).isEqualTo(550);
			assertThat(refused.get("lastError").asString()).contains("no such mailbox");
		});
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> {
			JsonNode later = desk.deliveries(busy).get(0);
			assertThat(later.get("status").asString()).isEqualTo("PENDING");
			assertThat(later.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
			assertThat(later.get("lastStatusCode").asInt()).isEqualTo(451);
		});
		await().atMost(Duration.ofSeconds(10))
			.ignoreExceptions()
			.untilAsserted(
					() -> assertThat(desk.deliveries(fine).get(0).get("status").asString()).isEqualTo("DELIVERED"));
		assertThat(count("rejected")).isEqualTo(1);
		assertThat(count("retry")).isGreaterThanOrEqualTo(1);
		assertThat(smtp.accepted()).containsOnly("fine@example.org");
	}

	private static String subscribe(Subscriber subscriber, String email) {
		return subscriber
			.subscribe(
					"{\"name\":\"" + email + "\",\"eventTypes\":[\"MEETING_ANNOUNCED\"],\"email\":\"" + email + "\"}")
			.get("id")
			.asString();
	}

	private double count(String outcome) {
		Counter counter = this.meters.find("kremlinwatch.alert.deliveries")
			.tag("channel", "email")
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static ScriptedSmtpServer started() {
		try {
			return new ScriptedSmtpServer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
