package org.kremlinwatch.extract.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.support.kafka.DeadLetters;
import org.kremlinwatch.events.v1.ReleaseFetched;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.util.backoff.BackOff;

/**
 * Kafka plumbing, built on Boot's {@code spring.kafka.*} settings: JSON values without
 * type headers, batches of records read-processed-written in one Kafka transaction (the
 * listener's output and the consumed offsets commit together), and dead-lettering of
 * records that cannot be processed.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

	@Bean
	ProducerFactory<String, Object> producerFactory(KafkaProperties kafka, MeterRegistry registry) {
		// Dead letters are the original bytes; everything else is a v1 record as JSON.
		Map<Class<?>, Serializer<?>> serializers = new LinkedHashMap<>();
		serializers.put(byte[].class, new ByteArraySerializer());
		serializers.put(Object.class, new JacksonJsonSerializer<>(EventJson.mapper()).noTypeInfo());
		DefaultKafkaProducerFactory<String, Object> factory = new DefaultKafkaProducerFactory<>(
				kafka.buildProducerProperties(), new StringSerializer(),
				new DelegatingByTypeSerializer(serializers, true));
		// Boot adds the client metrics only to factories it builds itself; operators need
		// them (send rates, errors).
		factory.addListener(new MicrometerProducerListener<>(registry));
		String prefix = kafka.getProducer().getTransactionIdPrefix();
		if (prefix != null && !prefix.isBlank()) {
			factory.setTransactionIdPrefix(prefix.replace("{host}", hostName()));
		}
		return factory;
	}

	@Bean
	KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
		KafkaTemplate<String, Object> template = new KafkaTemplate<>(producerFactory);
		template.setObservationEnabled(true);
		return template;
	}

	@Bean
	KafkaTransactionManager<String, Object> kafkaTransactionManager(ProducerFactory<String, Object> producerFactory) {
		return new KafkaTransactionManager<>(producerFactory);
	}

	@Bean
	ConsumerFactory<String, ReleaseFetched> consumerFactory(KafkaProperties kafka, MeterRegistry registry) {
		Map<String, Object> properties = kafka.buildConsumerProperties();
		// Exactly once: never read what a transaction might still roll back.
		properties.putIfAbsent(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		DefaultKafkaConsumerFactory<String, ReleaseFetched> factory = new DefaultKafkaConsumerFactory<>(properties,
				new ErrorHandlingDeserializer<>(new StringDeserializer()), new ErrorHandlingDeserializer<>(
						new JacksonJsonDeserializer<>(ReleaseFetched.class, EventJson.mapper(), false)));
		// Consumer lag (kafka_consumer_fetch_manager_records_lag_max) is what the
		// dashboards watch.
		factory.addListener(new MicrometerConsumerListener<>(registry));
		return factory;
	}

	@Bean
	ConsumerRecordRecoverer deadLetterRecoverer(KafkaTemplate<String, Object> template, MeterRegistry registry) {
		return DeadLetters.recoverer(template, registry, "extract");
	}

	@Bean
	DefaultErrorHandler errorHandler(ConsumerRecordRecoverer deadLetterRecoverer, ExtractProperties properties) {
		// Used when transactions are off (the listener names the failed record of a
		// batch); malformed or invalid records are not retried.
		return new DefaultErrorHandler(deadLetterRecoverer, backOff(properties));
	}

	@Bean
	ConcurrentKafkaListenerContainerFactory<String, ReleaseFetched> kafkaListenerContainerFactory(
			ConsumerFactory<String, ReleaseFetched> consumerFactory, ProducerFactory<String, Object> producerFactory,
			KafkaTransactionManager<String, Object> transactionManager, DefaultErrorHandler errorHandler,
			AfterRollbackProcessor<String, ReleaseFetched> afterRollbackProcessor, KafkaProperties kafka) {
		ConcurrentKafkaListenerContainerFactory<String, ReleaseFetched> factory = new ConcurrentKafkaListenerContainerFactory<>();
		factory.setConsumerFactory(consumerFactory);
		if (kafka.getListener().getConcurrency() != null) {
			factory.setConcurrency(kafka.getListener().getConcurrency());
		}
		// A poll's records in one listener call (and one transaction): a commit per
		// release capped the service at a few dozen releases per second.
		factory.setBatchListener(true);
		if (producerFactory.transactionCapable()) {
			// No common error handler here: it would run inside the transaction and
			// commit the offsets before a failed record outside it, losing their
			// rolled-back output. Failures are handled after the rollback instead.
			factory.getContainerProperties().setKafkaAwareTransactionManager(transactionManager);
			factory.setAfterRollbackProcessor(afterRollbackProcessor);
		}
		else {
			factory.setCommonErrorHandler(errorHandler);
		}
		factory.getContainerProperties().setObservationEnabled(true);
		return factory;
	}

	@Bean
	NewTopic releasesTaggedTopic(ExtractProperties properties) {
		return TopicBuilder.name(Topics.RELEASES_TAGGED_V1)
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.build();
	}

	@Bean
	NewTopic releasesFetchedDeadLetterTopic(ExtractProperties properties) {
		return TopicBuilder.name(Topics.RELEASES_FETCHED_V1_DLT)
			.partitions(properties.partitions())
			.replicas(properties.replicas())
			.build();
	}

	private static BackOff backOff(ExtractProperties properties) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
		backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.retryInitialInterval().toMillis() * 8);
		return backOff;
	}

	/**
	 * This machine's name, part of the transactional ids so that instances on different
	 * machines never share them.
	 */
	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return UUID.randomUUID().toString();
		}
	}

}
