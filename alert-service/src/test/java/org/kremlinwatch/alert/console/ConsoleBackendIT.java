package org.kremlinwatch.alert.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api;
import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.alert.TestDatabase;
import org.kremlinwatch.alert.TestReleases;
import org.kremlinwatch.alert.WebhookReceiver;
import org.kremlinwatch.alert.archive.ArchivedRelease;
import org.kremlinwatch.alert.archive.ReleaseArchive;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;

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
 * What the console relies on, without a browser: the archive keeps the newest revision, a
 * paused subscription raises no alerts, the webhook test call is signed and owned.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=console-backend-admin",
				"kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1", "kremlinwatch.alert.partitions=1" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class ConsoleBackendIT {

	@LocalServerPort
	int port;

	@Autowired
	KafkaTemplate<String, Object> kafka;

	@Autowired
	ReleaseArchive archive;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Test
	void archiveKeepsTheNewestRevisionWhateverTheOrderOfArrival() {
		publish(revision(91001, 2, "Second version"));
		await().until(() -> this.archive.find("en:91001").isPresent());
		long seq = this.archive.find("en:91001").orElseThrow().seq();

		publish(revision(91001, 1, "First version"));
		publish(revision(91001, 3, "Third version"));
		await().until(() -> this.archive.find("en:91001").orElseThrow().revision() == 3);

		ArchivedRelease stored = this.archive.find("en:91001").orElseThrow();
		assertThat(stored.title()).isEqualTo("Third version");
		assertThat(stored.seq()).isGreaterThan(seq);
		assertThat(this.archive.after(seq, 10)).extracting(ArchivedRelease::revision).containsExactly(3);
	}

	@Test
	void archiveStoresTheReleasesAroundOneItCannotStore() {
		// PostgreSQL refuses a NUL character in text: that release cannot be archived
		// (matching never stores the text, so only the archive fails on it).
		ReleaseTagged base = TestReleases.genevaTalks(Lang.en, 94002);
		ReleaseTagged unstorable = new ReleaseTagged(base.eventId(), base.occurredAt(), base.releaseId(), 94002,
				Lang.en, base.url(), base.title(), base.publishedAt(), 1, base.extractorVersion(), base.topics(),
				base.entities(), base.events(), base.alternateUrl(), base.text() + "\u0000");
		// Sent together, so that they usually arrive in one poll (one JDBC batch).
		CompletableFuture
			.allOf(send(TestReleases.genevaTalks(Lang.en, 94001)), send(unstorable),
					send(TestReleases.genevaTalks(Lang.en, 94003)))
			.join();

		await().atMost(60, TimeUnit.SECONDS).until(() -> this.archive.find("en:94003").isPresent());
		assertThat(this.archive.find("en:94001")).isPresent();
		assertThat(this.archive.find("en:94002")).isEmpty();
	}

	@Test
	void pausedSubscriptionRaisesNoAlertsUntilResumed() {
		Api api = new Api(this.port);
		String key = api.newSubscriber("console-backend-admin", "pause");
		String body = """
				{"name":"Biden","entities":["Joseph Biden"],"lang":"en","paused":%s}""";
		Response created = api.call("POST", "/api/v1/subscriptions", key, body.formatted("true"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("paused").asBoolean()).isTrue();
		String id = created.json().get("id").asString();

		// Someone else's active subscription shows when matching has gone past the
		// release.
		String witness = api.newSubscriber("console-backend-admin", "witness");
		api.call("POST", "/api/v1/subscriptions", witness, body.formatted("false"));
		publish(TestReleases.genevaTalks(Lang.en, 92001));
		await().until(() -> api.call("GET", "/api/v1/alerts", witness, null).body().contains("en:92001"));
		assertThat(api.call("GET", "/api/v1/alerts", key, null).json()).isEmpty();

		Response resumed = api.call("PUT", "/api/v1/subscriptions/" + id, key, body.formatted("false"));
		assertThat(resumed.json().get("paused").asBoolean()).isFalse();
		publish(TestReleases.genevaTalks(Lang.en, 92002));

		await().until(() -> api.call("GET", "/api/v1/alerts", key, null).body().contains("en:92002"));
		assertThat(api.call("GET", "/api/v1/alerts", key, null).body()).doesNotContain("en:92001");
	}

	@Test
	void testFireSendsASignedTestEventOnlyForTheOwnersWebhook() {
		Api api = new Api(this.port);
		String alice = api.newSubscriber("console-backend-admin", "alice");
		String bob = api.newSubscriber("console-backend-admin", "bob");
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.failNext("/gone", 410);
			Response created = api.call("POST", "/api/v1/subscriptions", alice,
					"{\"name\":\"hook\",\"webhookUrl\":\"" + receiver.url("/gone") + "\"}");
			String id = created.json().get("id").asString();
			String secret = created.json().get("webhookSecret").asString();

			Response test = api.call("POST", "/api/v1/subscriptions/" + id + "/test", alice, null);
			assertThat(test.status()).isEqualTo(200);
			assertThat(test.json().get("statusCode").asInt()).isEqualTo(410);
			assertThat(receiver.callsTo("/gone")).singleElement().satisfies((call) -> {
				assertThat(call.webhookId()).isEqualTo(test.json().get("webhookId").asString());
				assertThat(call.signatureVerifies(secret)).isTrue();
				assertThat(call.body()).contains("\"type\":\"test\"", id);
			});

			assertThat(api.call("POST", "/api/v1/subscriptions/" + id + "/test", bob, null).status()).isEqualTo(404);
			assertThat(api.call("POST", "/api/v1/subscriptions/" + id + "/test", null, null).status()).isEqualTo(401);
			String feedOnly = api.call("POST", "/api/v1/subscriptions", alice, "{\"name\":\"feed\"}")
				.json()
				.get("id")
				.asString();
			assertThat(api.call("POST", "/api/v1/subscriptions/" + feedOnly + "/test", alice, null).status())
				.isEqualTo(409);
		}
	}

	@Test
	void liveStreamFirstSendsWhatWasArchivedSinceThePageThenWhatArrives() throws Exception {
		long pageSeq = this.archive.latestSeq();
		publish(TestReleases.genevaTalks(Lang.en, 93001));
		await().until(() -> this.archive.find("en:93001").isPresent());

		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/console/stream?after=" + pageSeq))
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
		Iterator<String> lines = response.body().iterator();
		List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
			while (lines.hasNext()) {
				String line = lines.next();
				received.add(line);
				if (line.contains("en:93002")) {
					return;
				}
			}
		});
		await().until(() -> received.stream().anyMatch((line) -> line.contains("en:93001")));
		publish(TestReleases.genevaTalks(Lang.en, 93002));
		reading.get(30, TimeUnit.SECONDS);

		assertThat(received).contains("event:hello");
		// A release archived while the browser connects may come twice (caught up, then
		// pushed); the page replaces a card it already has.
		List<String> ids = received.stream()
			.filter((line) -> line.startsWith("data:"))
			.map((line) -> line.replaceAll(".*data-release-id=\\\\\"([^\\\\]+)\\\\\".*", "$1"))
			.filter((id) -> id.startsWith("en:9300"))
			.distinct()
			.toList();
		assertThat(ids).containsExactly("en:93001", "en:93002");
		response.body().close();
	}

	private static ReleaseTagged revision(long kremlinId, int revision, String title) {
		ReleaseTagged base = TestReleases.genevaTalks(Lang.en, kremlinId);
		return new ReleaseTagged(base.eventId(), base.occurredAt(), base.releaseId(), kremlinId, Lang.en, base.url(),
				title, base.publishedAt(), revision, base.extractorVersion(), base.topics(), base.entities(),
				base.events(), base.alternateUrl(), base.text());
	}

	private void publish(ReleaseTagged release) {
		send(release).join();
	}

	private CompletableFuture<?> send(ReleaseTagged release) {
		return this.kafka.send(Topics.RELEASES_TAGGED_V1, release.releaseId(), release);
	}

}
