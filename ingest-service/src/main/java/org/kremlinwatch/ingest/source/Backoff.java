package org.kremlinwatch.ingest.source;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.kremlinwatch.ingest.config.IngestProperties.Retry;

/**
 * Exponential back-off with "equal jitter": half of the exponential pause for sure, the
 * other half at random, so that retries of several sources do not line up; never more
 * than {@code maxBackoff}.
 */
final class Backoff {

	private Backoff() {
	}

	/** The pause after failed attempt {@code attempt} (from 1). */
	static Duration of(Retry retry, int attempt, RandomGenerator random) {
		long exponential = retry.initialBackoff().toNanos() << Math.min(attempt - 1, 30);
		long capped = Math.min((exponential > 0) ? exponential : Long.MAX_VALUE, retry.maxBackoff().toNanos());
		long half = capped / 2;
		return Duration.ofNanos(half + ((half > 0) ? random.nextLong(half + 1) : 0));
	}

}
