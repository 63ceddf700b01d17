package org.kremlinwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.stack.bench.CorpusReleases;
import org.kremlinwatch.testsupport.Corpus;
import org.kremlinwatch.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Delivery under faults: 300 recorded releases flow through a standalone broker,
 * PostgreSQL, extract-service and alert-service as processes while extract-service is
 * killed mid-stream, the broker is restarted, alert-service is killed with deliveries
 * pending, and the webhook receiver fails a third of the calls and hangs on others.
 * Nothing may be lost, nothing tagged twice, and duplicates may only be retries of the
 * same webhook-id.
 */
class ChaosIT {

	private static final int RELEASES = 300;

	private static final String ADMIN_TOKEN = "chaos-admin-token";

	private final List<JavaProcess> processes = new ArrayList<>();

	@TempDir
	Path kafkaData;

	private String bootstrap;

	@AfterEach
	void stopEverything() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			this.processes.get(i).close();
		}
	}

	@Test
	void losesNoAlertAndTagsNothingTwiceWhenProcessesCrashAndTheBrokerRestarts() throws Exception {
		List<CorpusReleases.Text> texts = CorpusReleases.read(Corpus.root());
		int kafkaPort = Stack.freePort();
		this.bootstrap = "127.0.0.1:" + kafkaPort;
		JavaProcess kafka = start("kafka",
				Stack.launcher("org.kremlinwatch.stack.StackKafka", "512m", "--data", this.kafkaData.toString(),
						"--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(Stack.freePort())));
		awaitBroker();
		createFetchedTopicAsIngestWould();
		String jdbcUrl = TestPostgres.newDatabase();
		int extractPort = Stack.freePort();
		JavaProcess extract = start("chaos-extract", Stack.service("extract-service", "--server.port=" + extractPort,
				"--spring.kafka.bootstrap-servers=" + this.bootstrap));
		int alertPort = Stack.freePort();
		JavaProcess alert = start("chaos-alert", Stack.service("alert-service", "--server.port=" + alertPort,
				"--spring.kafka.bootstrap-servers=" + this.bootstrap, "--spring.datasource.url=" + jdbcUrl,
				"--kremlinwatch.alert.admin-token=" + ADMIN_TOKEN,
				"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1", "--kremlinwatch.alert.webhook.timeout=2s",
				"--kremlinwatch.alert.webhook.retry-schedule=0s,1s,2s,3s,3s,3s,3s,3s,3s,3s,3s,3s"));
		awaitHealthy(extractPort);
		awaitHealthy(alertPort);

		try (FaultyReceiver receiver = new FaultyReceiver(Duration.ofSeconds(3))) {
			subscribeToEveryEnglishRelease(alertPort, receiver.url());
			long firstId = 200_000_000L + (System.currentTimeMillis() / 1000 % 100_000) * 1000;

			produce(texts, firstId, 0, 100);
			awaitTagged(50);
			extract.kill();
			produce(texts, firstId, 100, 200);
			extract = restart(extract);
			awaitHealthy(extractPort);

			kafka.close();
			kafka = restart(kafka);
			awaitBroker();
			produce(texts, firstId, 200, RELEASES);

			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				assertAlive();
				return receiver.calls() > 20 && pendingDeliveries(alertPort) > 0;
			});
			alert.kill();
			alert = restart(alert);
			awaitHealthy(alertPort);

			Set<String> expectedReleases = new java.util.HashSet<>();
			for (int i = 0; i < RELEASES; i++) {
				expectedReleases.add(ReleaseIds.of(Lang.en, firstId + i));
			}
			try {
				await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					assertAlive();
					assertThat(deliveredReleases(receiver)).containsAll(expectedReleases);
				});
			}
			catch (ConditionTimeoutException ex) {
				throw new AssertionError("alerts were lost: " + missing(expectedReleases, receiver) + "\n" + logs(),
						ex);
			}

			Map<String, Set<String>> idsByRelease = receiver.webhookIdsByRelease();
			assertThat(idsByRelease.keySet()).containsExactlyInAnyOrderElementsOf(expectedReleases);
			assertThat(idsByRelease.values()).as("one webhook-id per alert: duplicates are only retries")
				.allSatisfy((ids) -> assertThat(ids).hasSize(1));
			assertThat(taggedCountPerRelease().values()).as("exactly one tagged record per release")
				.allSatisfy((count) -> assertThat(count).isEqualTo(1));
			assertThat(taggedCountPerRelease().keySet()).containsAll(expectedReleases);
			assertThat(TopicReader.readCommitted(this.bootstrap, Topics.RELEASES_FETCHED_V1_DLT)).isEmpty();
			assertThat(TopicReader.readCommitted(this.bootstrap, Topics.RELEASES_TAGGED_V1_DLT)).isEmpty();
		}
	}

	private Set<String> deliveredReleases(FaultyReceiver receiver) {
		Set<String> delivered = receiver.received();
		return receiver.webhookIdsByRelease()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().stream().anyMatch(delivered::contains))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

	private String missing(Set<String> expected, FaultyReceiver receiver) {
		Set<String> missing = new java.util.TreeSet<>(expected);
		missing.removeAll(deliveredReleases(receiver));
		return missing.size() + " of " + expected.size() + " releases without a delivered alert, e.g. "
				+ missing.stream().limit(5).toList();
	}

	private Map<String, Integer> taggedCountPerRelease() {
		Map<String, Integer> counts = new HashMap<>();
		for (ConsumerRecord<String, String> record : TopicReader.readCommitted(this.bootstrap,
				Topics.RELEASES_TAGGED_V1)) {
			counts.merge(record.key(), 1, Integer::sum);
		}
		return counts;
	}

	private void produce(List<CorpusReleases.Text> texts, long firstId, int from, int to) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			for (int i = from; i < to; i++) {
				CorpusReleases.Text text = texts.get(i % texts.size());
				long kremlinId = firstId + i;
				ReleaseFetched release = new ReleaseFetched(UUID.randomUUID(), Instant.now(),
						ReleaseIds.of(Lang.en, kremlinId), kremlinId, Lang.en,
						"http://en.kremlin.ru/events/president/news/" + kremlinId, null, "news", text.headline(), null,
						text.body(), OffsetDateTime.now(ZoneOffset.ofHours(3)), null, List.of(), "sha256:chaos" + i, 1);
				producer.send(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, release.releaseId(),
						EventJson.mapper().writeValueAsString(release)));
			}
			producer.flush();
		}
	}

	private void subscribeToEveryEnglishRelease(int alertPort, String webhookUrl) {
		String apiKey = EventJson.mapper()
			.readTree(Stack
				.postJson("http://127.0.0.1:" + alertPort + "/admin/v1/subscribers", ADMIN_TOKEN,
						"{\"name\":\"chaos\"}")
				.body())
			.get("apiKey")
			.asString();
		var created = Stack.postJson("http://127.0.0.1:" + alertPort + "/api/v1/subscriptions", apiKey,
				"{\"name\":\"every English release\",\"lang\":\"en\",\"webhookUrl\":\"" + webhookUrl
						+ "\",\"mode\":\"IMMEDIATE\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	private void awaitTagged(int atLeast) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertAlive();
			return TopicReader.readCommitted(this.bootstrap, Topics.RELEASES_TAGGED_V1).size() >= atLeast;
		});
	}

	private static double pendingDeliveries(int alertPort) {
		return Stack.get("http://127.0.0.1:" + alertPort + "/actuator/prometheus", null)
			.body()
			.lines()
			.filter((line) -> line.startsWith("kremlinwatch_alert_deliveries_pending"))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(0);
	}

	private JavaProcess start(String name, List<String> args) {
		JavaProcess process = JavaProcess.start(name, Stack.LOGS, args);
		this.processes.add(process);
		return process;
	}

	private JavaProcess restart(JavaProcess stopped) {
		JavaProcess process = stopped.restart();
		this.processes.set(this.processes.indexOf(stopped), process);
		return process;
	}

	/**
	 * Ingest, which creates the topic it writes, is not part of this test: the test
	 * stands in for it.
	 */
	private void createFetchedTopicAsIngestWould() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		try (Admin admin = Admin.create(config)) {
			admin.createTopics(List.of(new NewTopic(Topics.RELEASES_FETCHED_V1, 3, (short) 1))).all().get();
		}
	}

	private void awaitBroker() {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		try (Admin admin = Admin.create(config)) {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
				assertAlive();
				return admin.describeCluster().nodes().get().size() == 1;
			});
		}
	}

	private void awaitHealthy(int port) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			assertAlive();
			return Stack.healthy(port);
		});
	}

	private void assertAlive() {
		for (JavaProcess process : this.processes) {
			if (!process.isAlive()) {
				throw new AssertionError(process.name() + " died:\n" + logs());
			}
		}
	}

	private String logs() {
		StringBuilder logs = new StringBuilder();
		this.processes.forEach((each) -> logs.append(each.tail(60)).append('\n'));
		return logs.toString();
	}

}
