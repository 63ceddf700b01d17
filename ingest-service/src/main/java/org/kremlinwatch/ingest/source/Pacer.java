package org.kremlinwatch.ingest.source;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Time as the fetcher waits for it: a monotonic clock and a pause. Tests give one that
 * records pauses and advances its clock instead of waiting.
 */
interface Pacer {

	/** The system's monotonic clock and a real (interruptible) pause. */
	Pacer SYSTEM = new Pacer() {

		@Override
		public long nanoTime() {
			return System.nanoTime();
		}

		@Override
		public void pause(Duration duration) throws InterruptedException {
			TimeUnit.NANOSECONDS.sleep(duration.toNanos());
		}

	};

	long nanoTime();

	void pause(Duration duration) throws InterruptedException;

}
