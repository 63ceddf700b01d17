package org.kremlinwatch.alert.config;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.support.kafka.DeadLetters;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Kafka the kremlinwatch way: JSON values by the shared {@link EventJson} mapper without
 * type headers, String keys, factories built from Boot's {@link KafkaProperties} so that
 * {@code spring.kafka.*} still applies, and one error handler that sends what cannot be
 * processed to {@code <topic>-dlt}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

	@Bean
	ProducerFactory<String, Object> kafkaProducerFactory(KafkaProperties kafkaProperties, MeterRegistry meters) {
		Map<String, Object> props = kafkaProperties.buildProducerProperties();
		// AlertRaised keyed by subscription must not be duplicated or reordered by a
		// retry.
		props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		// Dead letters keep the original bytes of a record that could not be read.
		Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
		byType.put(byte[].class, new ByteArraySerializer());
		byType.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
		DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(props,
				new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
		// Boot adds the client metrics only to factories it builds itself.
		factory.addListener(new MicrometerProducerListener<>(meters));
		return factory;
	}

	@Bean
	KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
		KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);
		template.setObservationEnabled(true);
		return template;
	}

	@Bean
	ConsumerFactory<String, ReleaseTagged> kafkaConsumerFactory(KafkaProperties kafkaProperties, MeterRegistry meters) {
		Map<String, Object> props = kafkaProperties.buildConsumerProperties();
		// Only records of committed producer transactions: extract-service may write
		// transactionally.
		props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		DefaultKafkaConsumerFactory<String, ReleaseTagged> factory = new DefaultKafkaConsumerFactory<>(props,
				new StringDeserializer(), new ErrorHandlingDeserializer<>(
						new JacksonJsonDeserializer<>(ReleaseTagged.class, EventJson.mapper(), false)));
		// Consumer lag (kafka_consumer_fetch_manager_records_lag_max) is what the
		// dashboards watch.
		factory.addListener(new MicrometerConsumerListener<>(meters));
		return factory;
	}

	@Bean
	@SuppressWarnings({ "rawtypes", "unchecked" })
	ConcurrentKafkaListenerContainerFactory<String, ReleaseTagged> kafkaListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
			ConsumerFactory<String, ReleaseTagged> consumerFactory, DefaultErrorHandler errorHandler) {
		ConcurrentKafkaListenerContainerFactory<String, ReleaseTagged> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure((ConcurrentKafkaListenerContainerFactory) factory, (ConsumerFactory) consumerFactory);
		// A poll's records in one listener call, and their alerts in one database
		// transaction: a transaction per release capped the service at a few dozen
		// releases per second.
		factory.setBatchListener(true);
		// With the failed record named (BatchListenerFailedException), it commits the
		// records before it, retries it, then dead-letters it and goes on with the rest.
		factory.setCommonErrorHandler(errorHandler);
		factory.getContainerProperties().setObservationEnabled(true);
		return factory;
	}

	/**
	 * A few quick retries for passing trouble (database, broker), then the dead-letter
	 * topic. Unreadable records are not retried: they would fail the same way.
	 */
	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, Object> template, MeterRegistry meters) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(3);
		backOff.setInitialInterval(200);
		backOff.setMultiplier(3);
		backOff.setMaxInterval(2_000);
		DefaultErrorHandler handler = new DefaultErrorHandler(DeadLetters.recoverer(template, meters, "alert"),
				backOff);
		handler.addNotRetryableExceptions(IllegalArgumentException.class, NullPointerException.class);
		return handler;
	}

	@Bean
	NewTopic alertsTopic(AlertProperties properties) {
		return TopicBuilder.name(Topics.ALERTS_V1)
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.build();
	}

	@Bean
	NewTopic releasesTaggedDeadLetterTopic(AlertProperties properties) {
		return TopicBuilder.name(Topics.RELEASES_TAGGED_V1_DLT)
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.build();
	}

}
