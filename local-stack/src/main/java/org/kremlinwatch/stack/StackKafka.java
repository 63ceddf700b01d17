package org.kremlinwatch.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one JVM, loopback
 * only) for the local stack and the end-to-end tests. Formats its data directory on first
 * start and keeps it afterwards, so a second start resumes with the topics and offsets it
 * had.
 *
 * <p>
 * Usage: {@code StackKafka --data DIR [--port 9092] [--controller-port 9093]}
 */
public final class StackKafka {

	private StackKafka() {
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		Path data = options.path("data", "data/kafka");
		int port = options.port("port", 9092);
		int controllerPort = options.port("controller-port", 9093);
		Path config = writeConfig(data, port, controllerPort);
		formatOnce(data, config);
		Kafka.main(new String[] { config.toString() });
	}

	static Path writeConfig(Path data, int port, int controllerPort) throws IOException {
		Path logs = data.resolve("logs");
		Files.createDirectories(logs);
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.setProperty("log.dirs", logs.toString());
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("offsets.topic.num.partitions", "3");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("transaction.state.log.num.partitions", "3");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		// Services create their own topics (NewTopic); a typo in a topic name must fail,
		// not create a stray topic.
		properties.setProperty("auto.create.topics.enable", "false");
		Path config = data.resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
			properties.store(writer, "written by kremlinwatch StackKafka on every start");
		}
		return config;
	}

	private static void formatOnce(Path data, Path config) {
		if (Files.exists(data.resolve("logs").resolve("meta.properties"))) {
			return;
		}
		String clusterId = org.apache.kafka.common.Uuid.randomUuid().toString();
		int exit = StorageTool.execute(new String[] { "format", "-t", clusterId, "-c", config.toString() },
				new PrintStream(System.out, true, StandardCharsets.UTF_8));
		if (exit != 0) {
			throw new IllegalStateException("formatting the Kafka data directory " + data + " failed with " + exit);
		}
	}

}
