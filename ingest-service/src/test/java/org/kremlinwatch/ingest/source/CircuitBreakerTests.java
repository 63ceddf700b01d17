package org.kremlinwatch.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.ingest.source.CircuitBreaker.State;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakerTests {

	private final MutableClock clock = new MutableClock();

	private final CircuitBreaker circuit = new CircuitBreaker(3, Duration.ofMinutes(5), this.clock);

	@Test
	void opensAfterTheThresholdOfConsecutiveFailures() {
		this.circuit.failed();
		this.circuit.failed();
		assertThat(this.circuit.tryAcquire()).isTrue();

		this.circuit.failed();

		assertThat(this.circuit.state()).isEqualTo(State.OPEN);
		assertThat(this.circuit.tryAcquire()).isFalse();
		assertThat(this.circuit.openUntil()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(5)));
	}

	@Test
	void aSuccessResetsTheCount() {
		this.circuit.failed();
		this.circuit.failed();
		this.circuit.succeeded();
		this.circuit.failed();
		this.circuit.failed();

		assertThat(this.circuit.state()).isEqualTo(State.CLOSED);
	}

	@Test
	void letsOneTrialThroughAfterTheCoolDownAndClosesWhenItWorks() {
		openIt();
		this.clock.advance(Duration.ofMinutes(5));

		assertThat(this.circuit.tryAcquire()).isTrue();
		assertThat(this.circuit.state()).isEqualTo(State.HALF_OPEN);
		this.circuit.succeeded();

		assertThat(this.circuit.state()).isEqualTo(State.CLOSED);
	}

	@Test
	void aFailedTrialOpensItForAnotherCoolDown() {
		openIt();
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(this.circuit.tryAcquire()).isTrue();

		this.circuit.failed();

		assertThat(this.circuit.state()).isEqualTo(State.OPEN);
		assertThat(this.circuit.tryAcquire()).isFalse();
		this.clock.advance(Duration.ofMinutes(4));
		assertThat(this.circuit.tryAcquire()).isFalse();
	}

	private void openIt() {
		for (int i = 0; i < 3; i++) {
			this.circuit.failed();
		}
		assertThat(this.circuit.tryAcquire()).isFalse();
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2021-12-30T20:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
