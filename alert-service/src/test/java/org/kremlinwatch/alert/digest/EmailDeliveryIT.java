package org.kremlinwatch.alert.digest;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api;
import org.kremlinwatch.alert.Subscriber;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import tools.jackson.databind.JsonNode;

import org.kremlinwatch.alert.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail through a real SMTP server (GreenMail) on a random port: one multipart e-mail
 * per alert, one digest per subscription and run, and retries while the server is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
		"kremlinwatch.alert.admin-token=email-it-admin", "kremlinwatch.alert.partitions=1",
		"kremlinwatch.alert.webhook.retry-schedule=0s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s",
		"kremlinwatch.alert.delivery.poll-interval=200ms", "kremlinwatch.alert.mail.from=alerts@kremlinwatch.test",
		// Digests run when the test says so.
		"kremlinwatch.alert.digest.cron=-", "spring.mail.host=127.0.0.1",
		"spring.mail.properties[mail.smtp.connectiontimeout]=2000", "spring.mail.properties[mail.smtp.timeout]=2000" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class EmailDeliveryIT {

	private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	private static GreenMail smtp = started();

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DigestJob digests;

	@Autowired
	MeterRegistry meters;

	private Subscriber subscriber;

	private Api api;

	private String apiKey;

	@DynamicPropertySource
	static void databaseAndSmtp(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@BeforeEach
	void subscriber() {
		this.subscriber = Subscriber.create(this.port, "email-it-admin", "newsroom");
		this.api = this.subscriber.api();
		this.apiKey = this.subscriber.apiKey();
	}

	@Test
	void alertBecomesOneMultipartEmailWithTheEvidenceAndBothLanguageVersions() throws Exception {
		String subscriptionId = subscribe("immediate@example.org", "IMMEDIATE", "[\"MEETING_ANNOUNCED\"]");

		publish(TestReleases.genevaTalks(Lang.en, 67487));

		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("immediate@example.org").size() == 1);
		MimeMessage mail = mailsTo("immediate@example.org").get(0);
		assertThat(mail.getSubject()).contains("Telephone conversation with US President Joseph Biden");
		assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("alerts@kremlinwatch.test");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		BodyPart text = parts.getBodyPart(0);
		BodyPart html = parts.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain");
		assertThat(html.getContentType()).startsWith("text/html");
		assertThat((String) text.getContent()).contains(TestReleases.EN_SENTENCE)
			.contains("meeting, announced, 2022-01-09 to 2022-01-10, Geneva")
			.contains("Participants: Russia, United States")
			.contains("Why it matched: event:MEETING_ANNOUNCED")
			.contains("English: http://en.kremlin.ru/events/president/news/67487")
			.contains("Русский: http://kremlin.ru/events/president/news/67487");
		assertThat((String) html.getContent()).contains(TestReleases.EN_SENTENCE)
			.contains("<a href=\"http://en.kremlin.ru/events/president/news/67487\">English</a>")
			.contains("<a href=\"http://kremlin.ru/events/president/news/67487\">Русский</a>");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(deliveries(subscriptionId)).singleElement().satisfies((entry) -> {
				assertThat(entry.get("channel").asString()).isEqualTo("email");
				assertThat(entry.get("status").asString()).isEqualTo("DELIVERED");
				assertThat(entry.get("lastStatusCode").asInt()).isEqualTo(250);
			}));
		assertThat(count("delivered")).isPositive();
	}

	@Test
	void digestGroupsTheWaitingAlertsIntoOneEmailAndASecondRunSendsNothing() throws Exception {
		String subscriptionId = subscribe("digest@example.org", "DAILY_DIGEST", "[\"MEETING_ANNOUNCED\",\"CALL\"]");

		// A meeting repeated by two releases plus two calls: three alerts.
		publish(TestReleases.genevaTalks(Lang.en, 67487));
		publish(TestReleases.genevaTalks(Lang.en, 67510));
		await().atMost(Duration.ofSeconds(30)).until(() -> alertCount(subscriptionId) == 3);
		// Alerts and their deliveries are written together: none was queued for e-mail.
		assertThat(deliveries(subscriptionId)).isEmpty();

		assertThat(this.digests.run()).isEqualTo(1);

		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("digest@example.org").size() == 1);
		MimeMessage mail = mailsTo("digest@example.org").get(0);
		assertThat(mail.getSubject()).contains("3 alerts");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		String text = (String) parts.getBodyPart(0).getContent();
		assertThat(text).contains("3 alerts since the last one")
			.contains(TestReleases.EN_SENTENCE)
			.contains("http://en.kremlin.ru/events/president/news/67487")
			.contains("http://en.kremlin.ru/events/president/news/67510")
			.contains("Why it matched: event:CALL");
		assertThat((String) parts.getBodyPart(1).getContent()).contains(TestReleases.EN_SENTENCE);

		assertThat(this.digests.run()).isZero();
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> mailsTo("digest@example.org").size() == 1);
		assertThat(deliveries(subscriptionId)).singleElement().satisfies((entry) -> {
			assertThat(entry.get("digestAlerts").asInt()).isEqualTo(3);
			assertThat(entry.get("status").asString()).isEqualTo("DELIVERED");
		});
	}

	@Test
	void emailIsRetriedWhileTheSmtpServerIsDownAndArrivesOnceItIsUp() throws Exception {
		smtp.stop();
		try {
			String subscriptionId = subscribe("patient@example.org", "IMMEDIATE", "[\"MEETING_ANNOUNCED\"]");

			publish(TestReleases.genevaTalks(Lang.ru, 67487));

			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(deliveries(subscriptionId)).singleElement().satisfies((entry) -> {
					assertThat(entry.get("status").asString()).isEqualTo("PENDING");
					assertThat(entry.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
					assertThat(entry.get("lastError").asString()).startsWith("SMTP:");
				}));
			assertThat(count("retry")).isPositive();
		}
		finally {
			smtp = started();
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo("patient@example.org").size() == 1);
		MimeMultipart parts = (MimeMultipart) mailsTo("patient@example.org").get(0).getContent();
		assertThat((String) parts.getBodyPart(0).getContent()).contains(TestReleases.RU_SENTENCE);
	}

	private String subscribe(String email, String mode, String eventTypes) {
		return this.subscriber
			.subscribe("{\"name\":\"" + email + "\",\"eventTypes\":" + eventTypes + ",\"email\":\"" + email
					+ "\",\"mode\":\"" + mode + "\"}")
			.get("id")
			.asString();
	}

	private List<JsonNode> deliveries(String subscriptionId) {
		return this.subscriber.deliveries(subscriptionId);
	}

	private long alertCount(String subscriptionId) {
		return this.jdbc.sql("SELECT count(*) FROM alert WHERE subscription_id = ?::uuid")
			.param(subscriptionId)
			.query(Long.class)
			.single();
	}

	private double count(String outcome) {
		Counter counter = this.meters.find("kremlinwatch.alert.deliveries")
			.tag("channel", "email")
			.tag("outcome", outcome)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private void publish(ReleaseTagged release) {
		Subscriber.publish(this.kafka, release);
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static GreenMail started() {
		GreenMail server = new GreenMail(SMTP);
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
