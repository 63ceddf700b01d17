package org.kremlinwatch.ingest.config;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.ingest.feed.FeedParser;
import org.kremlinwatch.ingest.page.PageParser;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Beans of ingest-service. The producer is built from Boot's {@link KafkaProperties} so
 * that every {@code spring.kafka.*} setting still applies; idempotence and acks=all are
 * forced because the dedupe design relies on them.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfig {

	@Bean
	ProducerFactory<String, ReleaseFetched> releaseProducerFactory(KafkaProperties kafkaProperties,
			MeterRegistry registry) {
		Map<String, Object> config = kafkaProperties.buildProducerProperties();
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		DefaultKafkaProducerFactory<String, ReleaseFetched> factory = new DefaultKafkaProducerFactory<>(config,
				new StringSerializer(), new JacksonJsonSerializer<ReleaseFetched>(EventJson.mapper()).noTypeInfo());
		// Boot adds the client metrics only to factories it builds itself.
		factory.addListener(new MicrometerProducerListener<>(registry));
		return factory;
	}

	@Bean
	KafkaTemplate<String, ReleaseFetched> releaseTemplate(ProducerFactory<String, ReleaseFetched> producerFactory) {
		KafkaTemplate<String, ReleaseFetched> template = new KafkaTemplate<>(producerFactory);
		template.setObservationEnabled(true);
		return template;
	}

	@Bean
	NewTopic releasesFetchedTopic(IngestProperties properties) {
		return TopicBuilder.name(Topics.RELEASES_FETCHED_V1)
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.build();
	}

	@Bean
	FeedParser feedParser() {
		return new FeedParser();
	}

	@Bean
	PageParser pageParser() {
		return new PageParser();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
