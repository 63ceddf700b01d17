package org.kremlinwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

	private final Pipeline pipeline = new Pipeline();

	@TempDir
	Path kafkaData;

	private String bootstrap;

	@AfterEach
	void stopEverything() {
		this.pipeline.close();
	}

	@Test
	void losesNoAlertAndTagsNothingTwiceWhenProcessesCrashAndTheBrokerRestarts() throws Exception {
		List<CorpusReleases.Text> texts = CorpusReleases.read(Corpus.root());
		this.bootstrap = this.pipeline.startBroker("chaos-kafka", this.kafkaData);
		JavaProcess kafka = this.pipeline.processNamed("chaos-kafka");
		// Ingest, which creates the topic it writes, is not part of this test: the test
		// stands in for it.
		this.pipeline.createFetchedTopic();
		String jdbcUrl = TestPostgres.newDatabase();
		int extractPort = Stack.freePort();
		JavaProcess extract = this.pipeline.start("chaos-extract", Stack.service("extract-service",
				"--server.port=" + extractPort, "--spring.kafka.bootstrap-servers=" + this.bootstrap));
		int alertPort = Stack.freePort();
		JavaProcess alert = this.pipeline.start("chaos-alert", Stack.service("alert-service",
				"--server.port=" + alertPort, "--spring.kafka.bootstrap-servers=" + this.bootstrap,
				"--spring.datasource.url=" + jdbcUrl, "--kremlinwatch.alert.admin-token=" + ADMIN_TOKEN,
				"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1", "--kremlinwatch.alert.webhook.timeout=2s",
				"--kremlinwatch.alert.webhook.retry-schedule=0s,1s,2s,3s,3s,3s,3s,3s,3s,3s,3s,3s"));
		this.pipeline.awaitHealthy(extractPort);
		this.pipeline.awaitHealthy(alertPort);

		try (FaultyReceiver receiver = new FaultyReceiver(Duration.ofSeconds(3))) {
			Pipeline.subscribeToEveryEnglishRelease(alertPort, ADMIN_TOKEN, receiver.url());
			long firstId = 200_000_000L + (System.currentTimeMillis() / 1000 % 100_000) * 1000;

			produce(texts, firstId, 0, 100);
			awaitTagged(50);
			extract.kill();
			produce(texts, firstId, 100, 200);
			extract = this.pipeline.restart(extract);
			this.pipeline.awaitHealthy(extractPort);

			kafka.close();
			kafka = this.pipeline.restart(kafka);
			this.pipeline.awaitBroker();
			produce(texts, firstId, 200, RELEASES);

			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> {
				this.pipeline.assertAlive();
				return receiver.calls() > 20 && pendingDeliveries(alertPort) > 0;
			});
			alert.kill();
			alert = this.pipeline.restart(alert);
			this.pipeline.awaitHealthy(alertPort);

			Set<String> expectedReleases = new java.util.HashSet<>();
			for (int i = 0; i < RELEASES; i++) {
				expectedReleases.add(ReleaseIds.of(Lang.en, firstId + i));
			}
			try {
				await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					this.pipeline.assertAlive();
					assertThat(deliveredReleases(receiver)).containsAll(expectedReleases);
				});
			}
			catch (ConditionTimeoutException ex) {
				throw new AssertionError(
						"alerts were lost: " + missing(expectedReleases, receiver) + "\n" + this.pipeline.logs(), ex);
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
			for (int port : List.of(extractPort, alertPort)) {
				String scrape = Stack.get("http://127.0.0.1:" + port + "/actuator/prometheus", null).body();
				assertThat(OperatorsView.maxHeapBytes(scrape)).as("all of this in a heap of at most 256 MB")
					.isPositive()
					.isLessThanOrEqualTo(256.0 * 1024 * 1024);
			}
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

	private void awaitTagged(int atLeast) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
			this.pipeline.assertAlive();
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

}
