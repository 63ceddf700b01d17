package org.kremlinwatch.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.kremlinwatch.events.Topics;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * The dead-letter topic of every service: a record that cannot be processed goes to
 * {@code <topic>-dlt} ({@link Topics#deadLetterOf}) with the failure in its headers, on a
 * partition Kafka chooses (the dead-letter topic need not have as many partitions as the
 * source), and is counted as {@code kremlinwatch.<service>.dead.letters}, which the
 * operators' "dead letters > 0" rule watches.
 */
public final class DeadLetters {

	private static final LogAccessor logAccessor = new LogAccessor(DeadLetters.class);

	private DeadLetters() {
	}

	/**
	 * A recoverer for the service's error handler (or its own use in a transaction).
	 * @param template sends the dead letters
	 * @param meters where the counter goes
	 * @param service the short service name, e.g. {@code extract}
	 * @return the recoverer
	 */
	public static ConsumerRecordRecoverer recoverer(KafkaOperations<?, ?> template, MeterRegistry meters,
			String service) {
		DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
		Counter counter = Counter.builder("kremlinwatch." + service + ".dead.letters")
			.description("Records sent to a dead-letter topic")
			.register(meters);
		return (record, ex) -> {
			publisher.accept(record, ex);
			counter.increment();
		};
	}

	/**
	 * Why a record reached a listener without a value: the deserialiser's failure, which
	 * the error-handling deserialiser put in the record's headers, or an empty record.
	 * Thrown (in a {@code BatchListenerFailedException}), it dead-letters the record with
	 * that failure in its headers.
	 * @param record a record whose value is {@code null}
	 * @return the exception to fail the record with
	 */
	public static RuntimeException unreadable(ConsumerRecord<?, ?> record) {
		DeserializationException ex = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logAccessor);
		return (ex != null) ? ex : new IllegalArgumentException("empty record " + record.key());
	}

}
