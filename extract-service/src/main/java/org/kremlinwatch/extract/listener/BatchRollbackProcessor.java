package org.kremlinwatch.extract.listener;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.extract.config.ExtractProperties;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ContainerProperties.EOSMode;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.ListenerUtils;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * What happens after a batch's transaction rolled back. Spring Kafka's own processors
 * either recover the whole batch or commit the offsets before the failed record outside
 * the transaction (whose output was just rolled back), so neither keeps the good records
 * of a batch exactly once. Here, when the listener names the failed record with a
 * {@link BatchListenerFailedException}, the whole batch is fetched again; the record is
 * retried with back-off, and once it is not worth retrying (unreadable, or retries
 * exhausted) it is marked so that the listener dead-letters it in the next batch's
 * transaction, together with the output of the good records and all their offsets. Any
 * other failure (the broker, the commit) is left to Spring Kafka's default processor.
 */
@Component
class BatchRollbackProcessor implements AfterRollbackProcessor<String, ReleaseFetched> {

	private final DefaultAfterRollbackProcessor<String, ReleaseFetched> fallback;

	private final BackOff backOff;

	private final Map<String, BackOffExecution> retrying = new ConcurrentHashMap<>();

	private final Map<String, Exception> condemned = new ConcurrentHashMap<>();

	BatchRollbackProcessor(ConsumerRecordRecoverer deadLetterRecoverer, KafkaTemplate<String, Object> template,
			ExtractProperties properties) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
		backOff.setInitialInterval(properties.retryInitialInterval().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.retryInitialInterval().toMillis() * 8);
		this.backOff = backOff;
		// Deserialization errors are among its defaults that are not retried.
		this.fallback = new DefaultAfterRollbackProcessor<>(deadLetterRecoverer, backOff, template, true);
	}

	/**
	 * Returns why {@code record} must go to the dead-letter topic instead of being
	 * processed, or {@code null}; forgets a record that is processed after all.
	 */
	Exception takeCondemned(ConsumerRecord<?, ?> record) {
		if (this.condemned.isEmpty() && this.retrying.isEmpty()) {
			return null;
		}
		String key = key(record);
		this.retrying.remove(key);
		return this.condemned.remove(key);
	}

	@Override
	public void processBatch(ConsumerRecords<String, ReleaseFetched> records,
			List<ConsumerRecord<String, ReleaseFetched>> recordList, Consumer<String, ReleaseFetched> consumer,
			MessageListenerContainer container, Exception exception, boolean recoverable, EOSMode eosMode) {
		BatchListenerFailedException failed = findFailed(exception);
		if (failed == null || failed.getIndex() < 0 || failed.getIndex() >= recordList.size()) {
			this.fallback.processBatch(records, recordList, consumer, container, exception, recoverable, eosMode);
			return;
		}
		ConsumerRecord<String, ReleaseFetched> record = recordList.get(failed.getIndex());
		Exception cause = (failed.getCause() instanceof Exception ex) ? ex : failed;
		String key = key(record);
		// Unreadable or rejected input fails the same way every time.
		boolean retryable = !(cause instanceof DeserializationException || cause instanceof IllegalArgumentException);
		long pause = !retryable ? BackOffExecution.STOP
				: this.retrying.computeIfAbsent(key, (k) -> this.backOff.start()).nextBackOff();
		if (pause == BackOffExecution.STOP) {
			this.retrying.remove(key);
			this.condemned.put(key, cause);
		}
		seekToStart(recordList, consumer);
		if (pause > 0) {
			try {
				ListenerUtils.stoppableSleep(container, pause);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void process(List<ConsumerRecord<String, ReleaseFetched>> records, Consumer<String, ReleaseFetched> consumer,
			MessageListenerContainer container, Exception exception, boolean recoverable, EOSMode eosMode) {
		this.fallback.process(records, consumer, container, exception, recoverable, eosMode);
	}

	@Override
	public boolean isProcessInTransaction() {
		return this.fallback.isProcessInTransaction();
	}

	@Override
	public void clearThreadState() {
		this.fallback.clearThreadState();
	}

	private static void seekToStart(List<ConsumerRecord<String, ReleaseFetched>> records,
			Consumer<String, ReleaseFetched> consumer) {
		Map<TopicPartition, Long> starts = new LinkedHashMap<>();
		for (ConsumerRecord<String, ReleaseFetched> record : records) {
			starts.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::min);
		}
		starts.forEach(consumer::seek);
	}

	private static BatchListenerFailedException findFailed(Throwable exception) {
		for (Throwable t = exception; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof BatchListenerFailedException failed) {
				return failed;
			}
		}
		return null;
	}

	private static String key(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

}
