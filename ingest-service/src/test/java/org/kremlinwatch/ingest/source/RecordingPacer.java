package org.kremlinwatch.ingest.source;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A pacer whose clock only moves when someone pauses: tests see the waits, not wait. */
final class RecordingPacer implements Pacer {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private final List<Duration> pauses = new CopyOnWriteArrayList<>();

	@Override
	public long nanoTime() {
		return this.now.get();
	}

	@Override
	public void pause(Duration duration) {
		this.pauses.add(duration);
		this.now.addAndGet(duration.toNanos());
	}

	void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

	List<Duration> pauses() {
		return this.pauses;
	}

}
