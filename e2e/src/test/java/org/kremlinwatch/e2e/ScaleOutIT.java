package org.kremlinwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.NewTopic;
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

	private final List<JavaProcess> processes = new ArrayList<>();

	@TempDir
	Path kafkaData;

	@TempDir
	Path site;

	private String bootstrap;

	@AfterEach
	void stopEverything() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			this.processes.get(i).close();
		}
	}

	@Test
	void twoInstancesOfEachServiceAlertEveryReleaseExactlyOnce() throws Exception {
		ScaleSite.write(this.site, FIRST_ID, RELEASES);
		int kafkaPort = Stack.freePort();
		this.bootstrap = "127.0.0.1:" + kafkaPort;
		start("scale-kafka",
				Stack.launcher("org.kremlinwatch.stack.StackKafka", "512m", "--data", this.kafkaData.toString(),
						"--port", String.valueOf(kafkaPort), "--controller-port", String.valueOf(Stack.freePort())));
		int replayPort = Stack.freePort();
		start("scale-replay", Stack.launcher("org.kremlinwatch.stack.ReplayServer", "128m", "--dir",
				this.site.toString(), "--port", String.valueOf(replayPort)));
		String jdbcUrl = TestPostgres.newDatabase();
		awaitBroker();
		createFetchedTopic();

		List<Integer> extractPorts = List.of(Stack.freePort(), Stack.freePort());
		List<Integer> alertPorts = List.of(Stack.freePort(), Stack.freePort());
		for (int i = 0; i < 2; i++) {
			start("scale-extract-" + i, Stack.service("extract-service", "--server.port=" + extractPorts.get(i),
					"--spring.kafka.bootstrap-servers=" + this.bootstrap));
			start("scale-alert-" + i,
					Stack.service("alert-service", "--server.port=" + alertPorts.get(i),
							"--spring.kafka.bootstrap-servers=" + this.bootstrap, "--spring.datasource.url=" + jdbcUrl,
							"--kremlinwatch.alert.admin-token=" + ADMIN_TOKEN,
							"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1"));
		}
		extractPorts.forEach(this::awaitHealthy);
		alertPorts.forEach(this::awaitHealthy);

		try (WebhookReceiver receiver = new WebhookReceiver()) {
			// Created through one instance; the other learns of it from the shared
			// database.
			subscribeToEveryEnglishRelease(alertPorts.get(0), receiver.url());
			List<Integer> ingestPorts = List.of(Stack.freePort(), Stack.freePort());
			for (int i = 0; i < 2; i++) {
				start("scale-ingest-" + i, Stack.service("ingest-service", "--server.port=" + ingestPorts.get(i),
						"--spring.kafka.bootstrap-servers=" + this.bootstrap, "--spring.datasource.url=" + jdbcUrl,
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
					assertAlive();
					assertThat(alertedReleases(receiver)).containsAll(expected);
				});
				// Late duplicates would show up here.
				await().during(Duration.ofSeconds(5))
					.atMost(Duration.ofSeconds(15))
					.until(() -> receiver.calls().size() == RELEASES);
			}
			catch (ConditionTimeoutException ex) {
				throw new AssertionError("expected one alert per release " + expected + ", received "
						+ alertedReleases(receiver) + " in " + receiver.calls().size() + " calls\n" + logs(), ex);
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
			assertThat(assignedMembers("extract-service")).as("extract instances sharing the fetched topic")
				.isEqualTo(2);
			assertThat(assignedMembers("alert-service")).as("alert instances sharing the tagged topic").isEqualTo(2);
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
	private long assignedMembers(String group) throws Exception {
		try (Admin admin = admin()) {
			ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group))
				.describedGroups()
				.get(group)
				.get();
			return description.members()
				.stream()
				.map(MemberDescription::assignment)
				.filter((assignment) -> !assignment.topicPartitions().isEmpty())
				.count();
		}
	}

	private void subscribeToEveryEnglishRelease(int alertPort, String webhookUrl) {
		String apiKey = EventJson.mapper()
			.readTree(Stack
				.postJson("http://127.0.0.1:" + alertPort + "/admin/v1/subscribers", ADMIN_TOKEN,
						"{\"name\":\"scale\"}")
				.body())
			.get("apiKey")
			.asString();
		var created = Stack.postJson("http://127.0.0.1:" + alertPort + "/api/v1/subscriptions", apiKey,
				"{\"name\":\"every English release\",\"lang\":\"en\",\"webhookUrl\":\"" + webhookUrl
						+ "\",\"mode\":\"IMMEDIATE\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	/**
	 * Created up front with the partitions ingest would give it, so that the extract
	 * instances split it between them before the first release arrives.
	 */
	private void createFetchedTopic() throws Exception {
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(Topics.RELEASES_FETCHED_V1, 3, (short) 1))).all().get();
		}
	}

	private Admin admin() {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		return Admin.create(config);
	}

	private void awaitBroker() {
		try (Admin admin = admin()) {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
				assertAlive();
				return admin.describeCluster().nodes().get().size() == 1;
			});
		}
	}

	private void awaitHealthy(int port) {
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			assertAlive();
			return Stack.healthy(port);
		});
	}

	private void start(String name, List<String> args) {
		this.processes.add(JavaProcess.start(name, Stack.LOGS, args));
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
		this.processes.forEach((each) -> logs.append(each.tail(40)).append('\n'));
		return logs.toString();
	}

}
