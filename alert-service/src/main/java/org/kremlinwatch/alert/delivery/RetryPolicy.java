package org.kremlinwatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again. Entry n of the schedule is the delay before
 * attempt n + 1; each delay gets ±20% jitter so that receivers coming back from an outage
 * are not hit by every retry at once. A receiver's {@code Retry-After} is honoured: we
 * never come back sooner than it asked (capped at a day).
 */
final class RetryPolicy {

	private static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

	private final List<Duration> schedule;

	private final DoubleSupplier random;

	RetryPolicy(List<Duration> schedule, DoubleSupplier random) {
		this.schedule = List.copyOf(schedule);
		this.random = random;
	}

	/**
	 * The delay before the next attempt after {@code attemptsMade} failed attempts, or
	 * empty when the schedule is used up and the delivery has failed for good.
	 */
	Optional<Duration> nextDelay(int attemptsMade, Duration retryAfter) {
		if (attemptsMade >= this.schedule.size()) {
			return Optional.empty();
		}
		Duration base = this.schedule.get(attemptsMade);
		long jittered = Math.round(base.toMillis() * (0.8 + 0.4 * this.random.getAsDouble()));
		Duration delay = Duration.ofMillis(jittered);
		if (retryAfter != null) {
			Duration asked = (retryAfter.compareTo(MAX_RETRY_AFTER) > 0) ? MAX_RETRY_AFTER : retryAfter;
			delay = (asked.compareTo(delay) > 0) ? asked : delay;
		}
		return Optional.of(delay);
	}

	/**
	 * Reads a {@code Retry-After} header: delay-seconds or an HTTP date; {@code null}
	 * when absent or unreadable.
	 */
	static Duration parseRetryAfter(String header, Instant now) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			long seconds = Long.parseLong(value);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			try {
				Instant at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
					.toInstant();
				return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
			}
			catch (java.time.format.DateTimeParseException unreadable) {
				return null;
			}
		}
	}

}
