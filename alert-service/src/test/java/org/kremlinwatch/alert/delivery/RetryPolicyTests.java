package org.kremlinwatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private final List<Duration> schedule = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5));

	@Test
	void jittersEachDelayWithinTwentyPercent() {
		RetryPolicy low = new RetryPolicy(this.schedule, () -> 0.0);
		RetryPolicy high = new RetryPolicy(this.schedule, () -> 0.999999);

		assertThat(low.nextDelay(1, null)).contains(Duration.ofMillis(4000));
		assertThat(high.nextDelay(1, null)).contains(Duration.ofMillis(6000));
		assertThat(low.nextDelay(2, null)).contains(Duration.ofMinutes(4));
	}

	@Test
	void givesUpOnceTheScheduleIsUsedUp() {
		assertThat(new RetryPolicy(this.schedule, () -> 0.5).nextDelay(3, null)).isEmpty();
	}

	@Test
	void neverComesBackSoonerThanRetryAfterAsks() {
		RetryPolicy policy = new RetryPolicy(this.schedule, () -> 0.5);

		assertThat(policy.nextDelay(1, Duration.ofSeconds(120))).contains(Duration.ofSeconds(120));
		assertThat(policy.nextDelay(1, Duration.ofSeconds(1))).contains(Duration.ofSeconds(5));
		assertThat(policy.nextDelay(1, Duration.ofDays(30))).contains(Duration.ofDays(1));
	}

	@Test
	void readsRetryAfterAsSecondsOrHttpDate() {
		Instant now = Instant.parse("2022-01-09T10:00:00Z");

		assertThat(RetryPolicy.parseRetryAfter("120", now)).isEqualTo(Duration.ofSeconds(120));
		assertThat(RetryPolicy.parseRetryAfter("Sun, 09 Jan 2022 10:01:30 GMT", now)).isEqualTo(Duration.ofSeconds(90));
		assertThat(RetryPolicy.parseRetryAfter("soon", now)).isNull();
		assertThat(RetryPolicy.parseRetryAfter(null, now)).isNull();
	}

}
