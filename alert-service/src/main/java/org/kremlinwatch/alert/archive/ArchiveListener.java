package org.kremlinwatch.alert.archive;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archives every tagged release, in its own consumer group so that the archive neither
 * waits for nor holds up matching. A poll's releases go in one transaction and one JDBC
 * batch; a release that cannot be read or stored is named to the service's error handler,
 * which commits the ones before it (stored again here), retries it and then dead-letters
 * it.
 */
@Component
class ArchiveListener {

	private static final LogAccessor logAccessor = new LogAccessor(ArchiveListener.class);

	private final ReleaseArchive archive;

	private final TransactionTemplate transaction;

	private final Counter archived;

	ArchiveListener(ReleaseArchive archive, TransactionTemplate transaction, MeterRegistry meters) {
		this.archive = archive;
		this.transaction = transaction;
		this.archived = Counter.builder("kremlinwatch.alert.releases.archived")
			.description("Tagged releases stored in or updated in the release archive")
			.register(meters);
	}

	// One consumer thread: writers serialise on the archive's lock anyway, so more
	// threads
	// only wait for one another, and one thread gets bigger polls (fewer transactions).
	@KafkaListener(id = "release-archive", topics = Topics.RELEASES_TAGGED_V1,
			groupId = "${spring.application.name}-archive", concurrency = "1")
	void onReleasesTagged(List<ConsumerRecord<String, ReleaseTagged>> records) {
		int readable = 0;
		while (readable < records.size() && records.get(readable).value() != null) {
			readable++;
		}
		List<ConsumerRecord<String, ReleaseTagged>> batch = records.subList(0, readable);
		int failedAt = -1;
		RuntimeException failure = null;
		try {
			storeBatch(batch);
		}
		catch (RuntimeException batchFailed) {
			// A JDBC batch does not say which release failed, and its transaction rolled
			// back: store one by one to find it, keeping the ones before it.
			try {
				storeAll(batch);
			}
			catch (StoreFailed ex) {
				failedAt = ex.index;
				failure = (RuntimeException) ex.getCause();
				storeAll(batch.subList(0, ex.index));
			}
		}
		if (failure == null && readable < records.size()) {
			failedAt = readable;
			failure = unreadable(records.get(readable));
		}
		if (failure != null) {
			throw new BatchListenerFailedException("could not archive " + records.get(failedAt).key(), failure,
					failedAt);
		}
	}

	/** The whole batch in one transaction and one JDBC batch: the usual, cheap way. */
	private void storeBatch(List<ConsumerRecord<String, ReleaseTagged>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		List<ReleaseTagged> releases = batch.stream().map(ConsumerRecord::value).toList();
		int changed = this.transaction.execute((status) -> {
			this.archive.lockForWriting();
			return this.archive.storeAll(releases);
		});
		this.archived.increment(changed);
	}

	private void storeAll(List<ConsumerRecord<String, ReleaseTagged>> batch) {
		if (batch.isEmpty()) {
			return;
		}
		int changed = this.transaction.execute((status) -> {
			this.archive.lockForWriting();
			int count = 0;
			for (int i = 0; i < batch.size(); i++) {
				try {
					count += this.archive.store(batch.get(i).value()) ? 1 : 0;
				}
				catch (RuntimeException ex) {
					throw new StoreFailed(i, ex);
				}
			}
			return count;
		});
		this.archived.increment(changed);
	}

	private static RuntimeException unreadable(ConsumerRecord<String, ReleaseTagged> record) {
		DeserializationException ex = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, logAccessor);
		return (ex != null) ? ex : new IllegalArgumentException("empty record " + record.key());
	}

	/** Which release of a batch failed; the transaction rolls back. */
	private static final class StoreFailed extends RuntimeException {

		private final int index;

		StoreFailed(int index, RuntimeException cause) {
			super(cause);
			this.index = index;
		}

	}

}
