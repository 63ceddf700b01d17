package org.kremlinwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.testsupport.TestPostgres;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scale-out: two instances each of ingest, extract and alert on one broker and one
 * database, fed by a local site of ten releases. Kafka spreads the work over the
 * instances of each consumer group, only one ingest instance polls the site, and the
 * subscriber gets the same alerts as from one instance of each: one per release, each
 * delivered once.
 */
class ScaleOutIT {

	private static final String ADMIN_TOKEN = "scale-admin-token";

	private static final long FIRST_ID = 90101;

	private static final int RELEASES = 10;

	private final Pipeline pipeline = new Pipeline();

	@TempDir
	Path kafkaData;

	@TempDir
	Path site;

	private String bootstrap;

	@AfterEach
	void stopEverything() {
		this.pipeline.close();
	}

	@Test
	void twoInstancesOfEachServiceAlertEveryReleaseExactlyOnce() throws Exception {
		ScaleSite.write(this.site, FIRST_ID, RELEASES);
		this.bootstrap = this.pipeline.startBroker("scale-kafka", this.kafkaData);
		int replayPort = Stack.freePort();
		this.pipeline.start("scale-replay", Stack.launcher("org.kremlinwatch.stack.ReplayServer", "128m", "--dir",
				this.site.toString(), "--port", String.valueOf(replayPort)));
		String jdbcUrl = TestPostgres.newDatabase();
		// Created up front with ingest's partitions, so that the extract instances split
		// it before the first
		// release arrives.
		this.pipeline.createFetchedTopic();

		List<Integer> extractPorts = List.of(Stack.freePort(), Stack.freePort());
		List<Integer> alertPorts = List.of(Stack.freePort(), Stack.freePort());
		for (int i = 0; i < 2; i++) {
			// Client ids name the instance, so that the consumer group shows which
			// instance holds what.
			this.pipeline.start("scale-extract-" + i,
					Stack.service("extract-service", "--server.port=" + extractPorts.get(i),
							"--spring.kafka.bootstrap-servers=" + this.bootstrap,
							"--spring.kafka.listener.concurrency=1",
							"--spring.kafka.consumer.client-id=extract-" + (char) ('a' + i)));
			this.pipeline.start("scale-alert-" + i, Stack.service("alert-service", "--server.port=" + alertPorts.get(i),
					"--spring.kafka.bootstrap-servers=" + this.bootstrap, "--spring.datasource.url=" + jdbcUrl,
					"--kremlinwatch.alert.admin-token=" + ADMIN_TOKEN,
					"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1", "--spring.kafka.listener.concurrency=1",
					"--spring.kafka.consumer.client-id=alert-" + (char) ('a' + i)));
		}
		extractPorts.forEach(this.pipeline::awaitHealthy);
		alertPorts.forEach(this.pipeline::awaitHealthy);

		try (WebhookReceiver receiver = new WebhookReceiver()) {
			// Created through one instance; the other learns of it from the shared
			// database.
			Pipeline.subscribeToEveryEnglishRelease(alertPorts.get(0), ADMIN_TOKEN, receiver.url());
			List<Integer> ingestPorts = List.of(Stack.freePort(), Stack.freePort());
			for (int i = 0; i < 2; i++) {
				this.pipeline.start("scale-ingest-" + i,
						Stack.service("ingest-service", "--server.port=" + ingestPorts.get(i),
								"--spring.kafka.bootstrap-servers=" + this.bootstrap,
								"--spring.datasource.url=" + jdbcUrl,
								"--kremlinwatch.ingest.sources.en.base-url=http://127.0.0.1:" + replayPort + "/en",
								"--kremlinwatch.ingest.sources.en.poll-interval=2s",
								"--kremlinwatch.ingest.sources.ru.enabled=false",
								"--kremlinwatch.ingest.rate-limit.requests-per-second=20",
								"--kremlinwatch.ingest.rate-limit.jitter=0ms"));
			}

			Set<String> expected = new TreeSet<>();
			for (long id = FIRST_ID; id < FIRST_ID + RELEASES; id++) {
				expected.add("en:" + id);
			}
			try {
				await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					this.pipeline.assertAlive();
					assertThat(alertedReleases(receiver)).containsAll(expected);
				});
				// Late duplicates would show up here.
				await().during(Duration.ofSeconds(5))
					.atMost(Duration.ofSeconds(15))
					.until(() -> receiver.calls().size() == RELEASES);
			}
			catch (ConditionTimeoutException ex) {
				throw new AssertionError(
						"expected one alert per release " + expected + ", received " + alertedReleases(receiver)
								+ " in " + receiver.calls().size() + " calls\n" + this.pipeline.logs(),
						ex);
			}

			List<WebhookReceiver.Call> calls = receiver.calls();
			assertThat(calls).extracting(WebhookReceiver.Call::id)
				.as("one delivery per webhook-id")
				.doesNotHaveDuplicates();
			assertThat(alertedReleases(receiver)).containsExactlyElementsOf(expected);
			assertThat(countByKey(Topics.RELEASES_FETCHED_V1)).as("fetched once: one ingest instance polled")
				.containsOnlyKeys(expected)
				.allSatisfy((release, count) -> assertThat(count).isOne());
			assertThat(countByKey(Topics.RELEASES_TAGGED_V1)).as("tagged once per release")
				.containsOnlyKeys(expected)
				.allSatisfy((release, count) -> assertThat(count).isOne());
			assertThat(TopicReader.readCommitted(this.bootstrap, Topics.RELEASES_FETCHED_V1_DLT)).isEmpty();
			assertThat(TopicReader.readCommitted(this.bootstrap, Topics.RELEASES_TAGGED_V1_DLT)).isEmpty();
			assertThat(ingestPorts.stream().filter(this::isActivePollerOfEn).count())
				.as("ingest instances polling source en")
				.isOne();
			assertThat(assignedInstances("extract-service")).as("extract instances sharing the fetched topic")
				.isEqualTo(2);
			assertThat(assignedInstances("alert-service")).as("alert instances sharing the tagged topic").isEqualTo(2);
		}
	}

	private Set<String> alertedReleases(WebhookReceiver receiver) {
		return receiver.calls()
			.stream()
			.map((call) -> EventJson.mapper().readValue(call.body(), AlertRaised.class).releaseId())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private Map<String, Integer> countByKey(String topic) {
		Map<String, Integer> counts = new HashMap<>();
		for (ConsumerRecord<String, String> record : TopicReader.readCommitted(this.bootstrap, topic)) {
			counts.merge(record.key(), 1, Integer::sum);
		}
		return counts;
	}

	private boolean isActivePollerOfEn(int ingestPort) {
		JsonNode health = EventJson.mapper()
			.readTree(Stack.get("http://127.0.0.1:" + ingestPort + "/actuator/health", null).body());
		return health.path("components").path("sources").path("details").path("en").path("activePoller").asBoolean();
	}

	/** Members of consumer group {@code group} that were given at least one partition. */
	/**
	 * How many service instances hold partitions in {@code group}. An instance runs
	 * several consumers (listener concurrency); their client ids are the instance's plus
	 * a number ({@code extract-a-1} is consumer 1 of instance a).
	 */
	private long assignedInstances(String group) throws Exception {
		try (Admin admin = this.pipeline.admin()) {
			ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
				.describedGroups()
				.get(group)
				.get();
			return description.members()
				.stream()
				.filter((member) -> !member.assignment().topicPartitions().isEmpty())
				.map((member) -> member.clientId().replaceFirst("-\\d+$", ""))
				.distinct()
				.count();
		}
	}

}
