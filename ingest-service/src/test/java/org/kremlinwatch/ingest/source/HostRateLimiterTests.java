package org.kremlinwatch.ingest.source;

import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.ingest.config.IngestProperties.RateLimit;

import static org.assertj.core.api.Assertions.assertThat;

class HostRateLimiterTests {

	private final RecordingPacer pacer = new RecordingPacer();

	@Test
	void spacesRequestsToOneHostByTheInterval() throws InterruptedException {
		HostRateLimiter limiter = new HostRateLimiter(new RateLimit(1.0, Duration.ZERO), this.pacer, new Random(1));

		limiter.acquire("en.kremlin.ru:80");
		limiter.acquire("en.kremlin.ru:80");
		limiter.acquire("en.kremlin.ru:80");

		assertThat(this.pacer.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
	}

	@Test
	void hostsDoNotWaitForEachOther() throws InterruptedException {
		HostRateLimiter limiter = new HostRateLimiter(new RateLimit(1.0, Duration.ZERO), this.pacer, new Random(1));

		limiter.acquire("en.kremlin.ru:80");
		limiter.acquire("kremlin.ru:80");

		assertThat(this.pacer.pauses()).isEmpty();
	}

	@Test
	void noWaitOnceTheIntervalHasPassed() throws InterruptedException {
		HostRateLimiter limiter = new HostRateLimiter(new RateLimit(2.0, Duration.ZERO), this.pacer, new Random(1));

		limiter.acquire("kremlin.ru:80");
		this.pacer.advance(Duration.ofMillis(600));
		limiter.acquire("kremlin.ru:80");

		assertThat(this.pacer.pauses()).isEmpty();
	}

	@Test
	void jitterSpreadsSlotsWithinItsBound() throws InterruptedException {
		Duration jitter = Duration.ofMillis(300);
		HostRateLimiter limiter = new HostRateLimiter(new RateLimit(1.0, jitter), this.pacer, new Random(7));

		for (int i = 0; i < 50; i++) {
			limiter.acquire("kremlin.ru:80");
		}

		// Every wait after the first lies between the interval and interval + 2 jitters
		// (the previous slot's jitter pushed the next slot, this one's adds to it).
		assertThat(this.pacer.pauses()).hasSizeGreaterThanOrEqualTo(49);
		assertThat(this.pacer.pauses().subList(1, this.pacer.pauses().size()))
			.allSatisfy((pause) -> assertThat(pause).isBetween(Duration.ZERO, Duration.ofMillis(1300)));
		assertThat(this.pacer.pauses().stream().distinct().count()).as("jittered, not all equal").isGreaterThan(10);
		long total = this.pacer.pauses().stream().mapToLong(Duration::toMillis).sum();
		assertThat(total).as("50 requests take at least 49 intervals").isGreaterThanOrEqualTo(49_000);
	}

}
