package org.kremlinwatch.alert.archive;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archives every tagged release, in its own consumer group so that the archive neither
 * waits for nor holds up matching. A poll's releases go in one transaction and one JDBC
 * batch; a release that cannot be stored is named to the service's error handler, which
 * commits the ones before it (stored again here), retries it and then dead-letters it. An
 * unreadable record is skipped and counted: the matching listener dead-letters it.
 */
@Component
class ArchiveListener {

	private static final LogAccessor logger = new LogAccessor(ArchiveListener.class);

	private final ReleaseArchive archive;

	private final TransactionTemplate transaction;

	private final Counter archived;

	private final Counter unreadable;

	ArchiveListener(ReleaseArchive archive, TransactionTemplate transaction, MeterRegistry meters) {
		this.archive = archive;
		this.transaction = transaction;
		this.archived = Counter.builder("kremlinwatch.alert.releases.archived")
			.description("Tagged releases stored in or updated in the release archive")
			.register(meters);
		this.unreadable = Counter.builder("kremlinwatch.alert.releases.archive.unreadable")
			.description("Unreadable tagged records the archive skipped (the matching listener dead-letters them)")
			.register(meters);
	}

	// One consumer thread: writers serialise on the archive's lock anyway, so more
	// threads only wait for one another, and one thread gets bigger polls (fewer
	// transactions). The archive is not on the way to an alert, so its fetches also wait
	// for 256 KB or half a second: a steady stream then lands in a few large
	// transactions instead of one every few releases, and the console's live feed is at
	// most half a second later.
	@KafkaListener(id = "release-archive", topics = Topics.RELEASES_TAGGED_V1,
			groupId = "${spring.application.name}-archive", concurrency = "1",
			properties = { "fetch.min.bytes=262144", "fetch.max.wait.ms=500" })
	void onReleasesTagged(List<ConsumerRecord<String, ReleaseTagged>> records) {
		// An unreadable record is the matching group's to dead-letter: failing it here
		// too would put a second copy of the same poison record on the dead-letter topic.
		List<ConsumerRecord<String, ReleaseTagged>> batch = new ArrayList<>(records.size());
		for (ConsumerRecord<String, ReleaseTagged> record : records) {
			if (record.value() != null) {
				batch.add(record);
			}
			else {
				logger.warn(() -> "Not archived, unreadable: " + record.topic() + "-" + record.partition() + "@"
						+ record.offset() + " (dead-lettered by the matching listener)");
				this.unreadable.increment();
			}
		}
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
				storeAll(batch.subList(0, ex.index));
				ConsumerRecord<String, ReleaseTagged> failed = batch.get(ex.index);
				throw new BatchListenerFailedException("could not archive " + failed.key(), ex.getCause(),
						records.indexOf(failed));
			}
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

	/** Which release of a batch failed; the transaction rolls back. */
	private static final class StoreFailed extends RuntimeException {

		private final int index;

		StoreFailed(int index, RuntimeException cause) {
			super(cause);
			this.index = index;
		}

	}

}
