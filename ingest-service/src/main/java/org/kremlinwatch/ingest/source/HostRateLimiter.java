package org.kremlinwatch.ingest.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.kremlinwatch.ingest.config.IngestProperties.RateLimit;

/**
 * Spaces requests to one host by the configured interval plus a random jitter, whoever
 * asks: every source (and a backfill) on the same host shares the host's slots. A caller
 * reserves the next free slot under a lock and waits for it outside, so two threads never
 * get the same slot and a burst of requests is spread out.
 */
final class HostRateLimiter {

	private final long intervalNanos;

	private final long jitterNanos;

	private final Pacer pacer;

	private final RandomGenerator random;

	private final Map<String, Long> nextSlot = new HashMap<>();

	HostRateLimiter(RateLimit rateLimit, Pacer pacer, RandomGenerator random) {
		this.intervalNanos = rateLimit.interval().toNanos();
		this.jitterNanos = rateLimit.jitter().toNanos();
		this.pacer = pacer;
		this.random = random;
	}

	/** Waits until a request to {@code host} is allowed. */
	void acquire(String host) throws InterruptedException {
		long wait;
		synchronized (this) {
			long now = this.pacer.nanoTime();
			long slot = Math.max(now, this.nextSlot.getOrDefault(host, now));
			if (this.jitterNanos > 0) {
				slot += this.random.nextLong(this.jitterNanos + 1);
			}
			this.nextSlot.put(host, slot + this.intervalNanos);
			wait = slot - now;
		}
		if (wait > 0) {
			this.pacer.pause(Duration.ofNanos(wait));
		}
	}

}
