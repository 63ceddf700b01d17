package org.kremlinwatch.ingest.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.kremlinwatch.ingest.config.IngestProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * How each source's polls went, shown as health component {@code sources}. A source that
 * is down does not make the service DOWN: the service works, the site does not, and a
 * restart would not help. The details say which source fails and since when.
 */
@Component("sourcesHealthIndicator")
public class SourceStates implements HealthIndicator {

	private final Map<String, State> states = new ConcurrentHashMap<>();

	private final Map<String, CircuitBreaker> circuits = new ConcurrentHashMap<>();

	private final Map<String, Instant> registeredAt = new ConcurrentHashMap<>();

	private final Map<String, Boolean> activePoller = new ConcurrentHashMap<>();

	private final Clock clock;

	private final IngestProperties.CircuitBreaker circuitSettings;

	private final MeterRegistry meters;

	SourceStates(Clock clock, IngestProperties properties, MeterRegistry meters) {
		this.clock = clock;
		this.circuitSettings = properties.circuitBreaker();
		this.meters = meters;
	}

	void registered(String source, String feed) {
		this.states.put(source, new State(feed, null, null, null, 0, 0));
		this.registeredAt.put(source, this.clock.instant());
		this.circuits.put(source, new CircuitBreaker(this.circuitSettings.failureThreshold(),
				this.circuitSettings.coolDown(), this.clock));
		Gauge.builder("kremlinwatch.ingest.source.circuit", this, (states) -> states.circuit(source).state().code())
			.description("Circuit of the source: 0 closed, 1 open (not polled), 2 half-open (trial poll)")
			.tag("source", source)
			.register(this.meters);
		Gauge.builder("kremlinwatch.ingest.source.last.success.age", this, (states) -> states.lastSuccessAge(source))
			.description("Seconds since the source's last successful poll (since start-up if none yet); "
					+ "NaN on an instance that is not the source's active poller")
			.tag("source", source)
			.baseUnit("seconds")
			.register(this.meters);
		Gauge.builder("kremlinwatch.ingest.source.active", this, (states) -> states.isActivePoller(source) ? 1 : 0)
			.description("1 if this instance is the one that polls the source (holds its lock), else 0")
			.tag("source", source)
			.register(this.meters);
	}

	/**
	 * Records whether this instance polls {@code source} (holds its lock) or stands by.
	 * @return whether that changed
	 */
	boolean activePoller(String source, boolean active) {
		Boolean before = this.activePoller.put(source, active);
		return before == null || before != active;
	}

	/**
	 * This instance no longer polls at all (shutting down): neither active nor standing
	 * by.
	 */
	void pollerStopped(String source) {
		this.activePoller.remove(source);
	}

	boolean isActivePoller(String source) {
		return this.activePoller.getOrDefault(source, false);
	}

	/**
	 * Whether {@code source} may be polled now: {@code false} while its circuit is open.
	 */
	boolean tryPoll(String source) {
		return circuit(source).tryAcquire();
	}

	CircuitBreaker circuit(String source) {
		return this.circuits.get(source);
	}

	double lastSuccessAge(String source) {
		if (this.activePoller.containsKey(source) && !isActivePoller(source)) {
			// Another instance polls it: an age here would only grow and raise a false
			// "source down" alert.
			return Double.NaN;
		}
		State state = this.states.get(source);
		Instant since = (state != null && state.lastSuccess() != null) ? state.lastSuccess()
				: this.registeredAt.get(source);
		return Duration.between(since, this.clock.instant()).toMillis() / 1000.0;
	}

	void succeeded(String source) {
		this.circuits.get(source).succeeded();
		this.states.computeIfPresent(source, (name, state) -> new State(state.feed(), this.clock.instant(),
				state.lastError(), state.lastErrorMessage(), 0, state.polls() + 1));
	}

	void failed(String source, String message) {
		this.circuits.get(source).failed();
		this.states.computeIfPresent(source, (name, state) -> new State(state.feed(), state.lastSuccess(),
				this.clock.instant(), message, state.consecutiveFailures() + 1, state.polls() + 1));
	}

	/** The state of {@code source}, {@code null} if it is not polled. */
	public State state(String source) {
		return this.states.get(source);
	}

	@Override
	public Health health() {
		Map<String, Object> details = new LinkedHashMap<>();
		this.states.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach((entry) -> {
			Map<String, Object> source = entry.getValue().details();
			boolean active = isActivePoller(entry.getKey());
			source.put("activePoller", active);
			if (!active && this.activePoller.containsKey(entry.getKey())) {
				source.put("status", "STANDBY");
			}
			CircuitBreaker circuit = this.circuits.get(entry.getKey());
			source.put("circuit", circuit.state().name());
			if (circuit.openUntil() != null) {
				source.put("circuitOpenUntil", circuit.openUntil().toString());
			}
			details.put(entry.getKey(), source);
		});
		return Health.up().withDetails(details).build();
	}

	/**
	 * One source's poll history.
	 *
	 * @param feed the polled feed
	 * @param lastSuccess end of the last poll that worked, {@code null} if none yet
	 * @param lastError time of the last failed poll, {@code null} if none
	 * @param lastErrorMessage why it failed
	 * @param consecutiveFailures failed polls since the last success
	 * @param polls polls finished, successful or not
	 */
	public record State(String feed, Instant lastSuccess, Instant lastError, String lastErrorMessage,
			int consecutiveFailures, long polls) {

		Map<String, Object> details() {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("status", (consecutiveFailures > 0) ? "FAILING" : (lastSuccess != null) ? "OK" : "STARTING");
			details.put("feed", this.feed);
			details.put("lastSuccess", (this.lastSuccess != null) ? this.lastSuccess.toString() : "never");
			if (this.lastError != null) {
				details.put("lastError", this.lastError.toString());
				details.put("lastErrorMessage", this.lastErrorMessage);
			}
			details.put("consecutiveFailures", this.consecutiveFailures);
			return details;
		}

	}

}
