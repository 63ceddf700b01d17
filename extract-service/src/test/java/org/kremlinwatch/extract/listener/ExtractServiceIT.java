package org.kremlinwatch.extract.listener;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.Tagger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service over a real (embedded KRaft) broker: fetched releases in, tagged releases
 * out exactly once, poison records to the dead-letter topic without blocking the
 * partition.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"spring.kafka.consumer.group-id=extract-service-it", "kremlinwatch.extract.partitions=1",
				"kremlinwatch.extract.retry-initial-interval=50ms", "kremlinwatch.extract.retry-attempts=1" })
@EmbeddedKafka(partitions = 1,
		topics = { Topics.RELEASES_FETCHED_V1, Topics.RELEASES_TAGGED_V1, Topics.RELEASES_FETCHED_V1_DLT },
		brokerProperties = { "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1" })
class ExtractServiceIT {

	private static final OffsetDateTime DEC_30_2021 = OffsetDateTime.parse("2021-12-30T23:30:00+03:00");

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	MeterRegistry registry;

	private KafkaProducer<String, byte[]> producer;

	private KafkaConsumer<String, byte[]> consumer;

	private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

	@BeforeEach
	void connect() {
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.broker.getBrokersAsString()),
				new StringSerializer(), new ByteArraySerializer());
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				this.broker.getBrokersAsString(), ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
		this.consumer.subscribe(List.of(Topics.RELEASES_TAGGED_V1, Topics.RELEASES_FETCHED_V1_DLT));
	}

	@AfterEach
	void close() {
		this.producer.close();
		this.consumer.close();
	}

	@Test
	void tagsAFetchedReleaseExactlyOnce() {
		ReleaseFetched release = release(67487, "Vladimir Putin had a telephone conversation with Joseph Biden. "
				+ "It was confirmed that the negotiations would take place in Geneva on January 9–10.");
		send(release.releaseId(), EventJson.mapper().writeValueAsBytes(release));
		ReleaseFetched marker = release(67500, "The presidents exchanged New Year greetings.");
		send(marker.releaseId(), EventJson.mapper().writeValueAsBytes(marker));

		// Once the later release is out, everything about the first one is out too.
		await().atMost(Duration.ofSeconds(30)).until(() -> !recordsOn(Topics.RELEASES_TAGGED_V1, "en:67500").isEmpty());
		List<ConsumerRecord<String, byte[]>> tagged = recordsOn(Topics.RELEASES_TAGGED_V1, "en:67487");
		assertThat(tagged).hasSize(1);
		ReleaseTagged result = EventJson.mapper().readValue(tagged.get(0).value(), ReleaseTagged.class);
		assertThat(result.eventId()).isEqualTo(Tagger.eventId("en:67487", 1, Extractor.EXTRACTOR_VERSION));
		assertThat(result.extractorVersion()).isEqualTo(Extractor.EXTRACTOR_VERSION);
		assertThat(result.alternateUrl()).isEqualTo("http://kremlin.ru/events/president/news/67487");
		assertThat(result.text()).isEqualTo(release.text());
		assertThat(result.events()).anySatisfy((e) -> {
			assertThat(e.type()).isEqualTo(EventType.MEETING);
			assertThat(e.status()).isEqualTo(EventStatus.ANNOUNCED);
			assertThat(e.place()).isEqualTo("Geneva");
			assertThat(e.dateStart()).isEqualTo(LocalDate.of(2022, 1, 9));
			assertThat(e.dateEnd()).isEqualTo(LocalDate.of(2022, 1, 10));
		}).anySatisfy((e) -> assertThat(e.type()).isEqualTo(EventType.CALL));
		assertThat(tagged.get(0).headers().lastHeader("__TypeId__")).isNull();
		assertThat(this.registry.get("kremlinwatch.extract.releases.tagged").counter().count())
			.isGreaterThanOrEqualTo(2);
		assertThat(this.registry.get("kremlinwatch.extract.events").tag("type", "MEETING").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void routesMalformedAndInvalidRecordsToDeadLetterTopicAndMovesOn() {
		byte[] poison = "this is not JSON {".getBytes(StandardCharsets.UTF_8);
		send("en:1", poison);
		// Well-formed JSON that the v1 contract rejects: releaseId and kremlinId
		// disagree.
		String invalid = new String(EventJson.mapper().writeValueAsBytes(release(2, "Text.")), StandardCharsets.UTF_8)
			.replace("\"kremlinId\":2", "\"kremlinId\":3");
		send("en:2", invalid.getBytes(StandardCharsets.UTF_8));
		ReleaseFetched good = release(67600, "Sanctions were discussed.");
		send(good.releaseId(), EventJson.mapper().writeValueAsBytes(good));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !recordsOn(Topics.RELEASES_TAGGED_V1, "en:67600").isEmpty()
					&& recordsOn(Topics.RELEASES_FETCHED_V1_DLT, null).size() >= 2);
		List<ConsumerRecord<String, byte[]>> dead = recordsOn(Topics.RELEASES_FETCHED_V1_DLT, null);
		assertThat(dead).extracting(ConsumerRecord::key).containsExactly("en:1", "en:2");
		assertThat(dead.get(0).value()).isEqualTo(poison);
		assertThat(recordsOn(Topics.RELEASES_TAGGED_V1, "en:1")).isEmpty();
		assertThat(recordsOn(Topics.RELEASES_TAGGED_V1, "en:2")).isEmpty();
		assertThat(this.registry.get("kremlinwatch.extract.dead.letters").counter().count()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void deadLettersAPoisonRecordAmidABatchAndTagsTheOthersExactlyOnce() {
		List<ReleaseFetched> good = List.of(release(67701, "Sanctions were discussed."),
				release(67702, "The President met with Government members."),
				release(67703, "Vladimir Putin had a telephone conversation with Joseph Biden."));
		byte[] poison = "{\"releaseId\": \"en:67799\", oops".getBytes(StandardCharsets.UTF_8);
		// One flush for all: the service reads them in one poll.
		this.producer.send(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, good.get(0).releaseId(),
				EventJson.mapper().writeValueAsBytes(good.get(0))));
		this.producer.send(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, good.get(1).releaseId(),
				EventJson.mapper().writeValueAsBytes(good.get(1))));
		this.producer.send(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, "en:67799", poison));
		send(good.get(2).releaseId(), EventJson.mapper().writeValueAsBytes(good.get(2)));
		ReleaseFetched marker = release(67704, "The presidents exchanged New Year greetings.");
		send(marker.releaseId(), EventJson.mapper().writeValueAsBytes(marker));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> !recordsOn(Topics.RELEASES_TAGGED_V1, "en:67704").isEmpty()
					&& !recordsOn(Topics.RELEASES_FETCHED_V1_DLT, "en:67799").isEmpty());
		for (ReleaseFetched release : good) {
			assertThat(recordsOn(Topics.RELEASES_TAGGED_V1, release.releaseId())).as(release.releaseId()).hasSize(1);
		}
		assertThat(recordsOn(Topics.RELEASES_FETCHED_V1_DLT, "en:67799")).singleElement()
			.satisfies((dead) -> assertThat(dead.value()).isEqualTo(poison));
		assertThat(recordsOn(Topics.RELEASES_TAGGED_V1, "en:67799")).isEmpty();
	}

	private void send(String key, byte[] value) {
		this.producer.send(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, key, value));
		this.producer.flush();
	}

	private List<ConsumerRecord<String, byte[]>> recordsOn(String topic, String key) {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		return this.seen.stream()
			.filter((r) -> r.topic().equals(topic) && (key == null || key.equals(r.key())))
			.toList();
	}

	private static ReleaseFetched release(long kremlinId, String text) {
		return new ReleaseFetched(UUID.randomUUID(), Instant.now(), ReleaseIds.of(Lang.en, kremlinId), kremlinId,
				Lang.en, "http://en.kremlin.ru/events/president/news/" + kremlinId,
				"http://kremlin.ru/events/president/news/" + kremlinId, "news", "Release " + kremlinId, null, text,
				DEC_30_2021, null, List.of(), "hash-" + kremlinId, 1);
	}

}
