package org.kremlinwatch.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The processes of one end-to-end test: a standalone broker and the services, started,
 * restarted and stopped as an operator would, with their logs at hand when something
 * fails.
 */
final class Pipeline implements AutoCloseable {

	private final List<JavaProcess> processes = new ArrayList<>();

	private String bootstrap;

	/**
	 * Starts a standalone KRaft broker on free ports with its data in {@code data}; waits
	 * until it answers.
	 */
	String startBroker(String name, Path data) {
		int port = Stack.freePort();
		this.bootstrap = "127.0.0.1:" + port;
		start(name, Stack.launcher("org.kremlinwatch.stack.StackKafka", "512m", "--data", data.toString(), "--port",
				String.valueOf(port), "--controller-port", String.valueOf(Stack.freePort())));
		awaitBroker();
		return this.bootstrap;
	}

	/** The process started under {@code name}. */
	JavaProcess processNamed(String name) {
		return this.processes.stream()
			.filter((process) -> process.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no process named " + name));
	}

	String bootstrap() {
		return this.bootstrap;
	}

	JavaProcess start(String name, List<String> args) {
		JavaProcess process = JavaProcess.start(name, Stack.LOGS, args);
		this.processes.add(process);
		return process;
	}

	/** Starts a stopped or killed process again with the same command. */
	JavaProcess restart(JavaProcess stopped) {
		JavaProcess process = stopped.restart();
		this.processes.set(this.processes.indexOf(stopped), process);
		return process;
	}

	Admin admin() {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		return Admin.create(config);
	}

	/**
	 * Creates the fetched topic with the partitions ingest gives it, for tests that
	 * produce releases themselves or that need the consumers to split it before the first
	 * release arrives.
	 */
	void createFetchedTopic() throws Exception {
		try (Admin admin = admin()) {
			admin.createTopics(List.of(new NewTopic(Topics.RELEASES_FETCHED_V1, 3, (short) 1))).all().get();
		}
	}

	void awaitBroker() {
		try (Admin admin = admin()) {
			await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() -> {
				assertAlive();
				return admin.describeCluster().nodes().get().size() == 1;
			});
		}
	}

	void awaitHealthy(int port) {
		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			assertAlive();
			return Stack.healthy(port);
		});
	}

	/**
	 * Creates a subscriber and a subscription that alerts on every English release to
	 * {@code webhookUrl}.
	 */
	static void subscribeToEveryEnglishRelease(int alertPort, String adminToken, String webhookUrl) {
		String apiKey = EventJson.mapper()
			.readTree(Stack
				.postJson("http://127.0.0.1:" + alertPort + "/admin/v1/subscribers", adminToken,
						"{\"name\":\"every English release\"}")
				.body())
			.get("apiKey")
			.asString();
		var created = Stack.postJson("http://127.0.0.1:" + alertPort + "/api/v1/subscriptions", apiKey,
				"{\"name\":\"every English release\",\"lang\":\"en\",\"webhookUrl\":\"" + webhookUrl
						+ "\",\"mode\":\"IMMEDIATE\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
	}

	/** Fails with every process's last log lines when one of them has died. */
	void assertAlive() {
		for (JavaProcess process : this.processes) {
			if (!process.isAlive()) {
				throw new AssertionError(process.name() + " died:\n" + logs());
			}
		}
	}

	/** The lines logged so far by the process named {@code name}. */
	List<String> logLines(String name) {
		return this.processes.stream()
			.filter((each) -> each.name().equals(name))
			.flatMap((each) -> each.logLines().stream())
			.toList();
	}

	String logs() {
		StringBuilder logs = new StringBuilder();
		this.processes.forEach((each) -> logs.append(each.tail(60)).append('\n'));
		return logs.toString();
	}

	/** Stops everything, services before the broker, as an operator does. */
	@Override
	public void close() {
		for (int i = this.processes.size() - 1; i >= 0; i--) {
			this.processes.get(i).close();
		}
	}

}
