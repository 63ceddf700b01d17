package org.kremlinwatch.stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StackKafkaTests {

	@TempDir
	Path data;

	@Test
	void configuresASingleNodeKraftBrokerOnLoopbackThatCreatesNoTopicsByItself() throws IOException {
		Path config = StackKafka.writeConfig(this.data, 19092, 19093);
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(config)) {
			properties.load(reader);
		}
		assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
		assertThat(properties.getProperty("listeners"))
			.isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
		assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
		assertThat(properties.getProperty("transaction.state.log.replication.factor")).isEqualTo("1");
		assertThat(properties.getProperty("auto.create.topics.enable")).isEqualTo("false");
		assertThat(properties.getProperty("log.dirs")).isEqualTo(this.data.resolve("logs").toString());
	}

}
