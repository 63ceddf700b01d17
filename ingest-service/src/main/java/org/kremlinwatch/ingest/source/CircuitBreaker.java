package org.kremlinwatch.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One source's circuit: {@code CLOSED} polls normally; after {@code failureThreshold}
 * failed polls in a row it is {@code OPEN} and polls are skipped (no request reaches the
 * site) for {@code coolDown}; then it is {@code HALF_OPEN} and one trial poll closes it
 * again or opens it for another cool-down. This keeps a blocked or broken site from being
 * hammered, and the service from a crash loop.
 */
final class CircuitBreaker {

	/** Circuit states; the code is the value of the circuit gauge. */
	enum State {

		CLOSED(0), OPEN(1), HALF_OPEN(2);

		private final int code;

		State(int code) {
			this.code = code;
		}

		int code() {
			return this.code;
		}

	}

	private final int failureThreshold;

	private final Duration coolDown;

	private final Clock clock;

	private State state = State.CLOSED;

	private int failures;

	private Instant openUntil;

	CircuitBreaker(int failureThreshold, Duration coolDown, Clock clock) {
		this.failureThreshold = failureThreshold;
		this.coolDown = coolDown;
		this.clock = clock;
	}

	/** Whether a poll may go ahead now; an expired open circuit turns half-open. */
	synchronized boolean tryAcquire() {
		if (this.state == State.OPEN && !this.clock.instant().isBefore(this.openUntil)) {
			this.state = State.HALF_OPEN;
		}
		return this.state != State.OPEN;
	}

	synchronized void succeeded() {
		this.failures = 0;
		this.state = State.CLOSED;
		this.openUntil = null;
	}

	synchronized void failed() {
		this.failures++;
		if (this.state == State.HALF_OPEN || this.failures >= this.failureThreshold) {
			this.state = State.OPEN;
			this.openUntil = this.clock.instant().plus(this.coolDown);
		}
	}

	synchronized State state() {
		return this.state;
	}

	/** When an open circuit lets a trial poll through, {@code null} unless open. */
	synchronized Instant openUntil() {
		return (this.state == State.OPEN) ? this.openUntil : null;
	}

}
