package org.kremlinwatch.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Starts the spans of a release's journey and carries their context where Spring's own
 * instrumentation cannot: batch listeners get no per-record observation from Spring
 * Kafka, and work that resumes from a database row (a delivery retried an hour later) has
 * no record to read the context from. Each span is tagged with {@value #RELEASE_ID}, so a
 * release id finds its trace in a tracing backend, and the work runs in the span's scope,
 * so log lines carry its trace id and records sent from it carry its context onwards.
 */
public class TraceContexts {

	/** The span tag that names the release a span worked on. */
	public static final String RELEASE_ID = "kremlinwatch.release.id";

	/** The W3C header that carries a trace context. */
	public static final String TRACEPARENT = "traceparent";

	private final ObservationRegistry registry;

	private final Tracer tracer;

	private final Propagator propagator;

	public TraceContexts(ObservationRegistry registry, Tracer tracer, Propagator propagator) {
		this.registry = registry;
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * An observation, not yet started, that continues the trace whose context the
	 * record's headers carry (a new trace when they carry none); the record key is the
	 * release id.
	 * @param name the span name
	 * @param record the consumed record
	 * @return the observation, to start and stop
	 */
	public Observation forRecord(String name, ConsumerRecord<String, ?> record) {
		ReceiverContext<Headers> context = new ReceiverContext<>(TraceContexts::lastHeader);
		context.setCarrier(record.headers());
		context.setRemoteServiceName("kafka");
		return Observation.createNotStarted(name, () -> context, this.registry)
			.contextualName(name)
			.highCardinalityKeyValue(RELEASE_ID, String.valueOf(record.key()));
	}

	/**
	 * Runs {@code work} in a span continuing a stored trace context.
	 * @param name the span name
	 * @param traceparent a W3C {@code traceparent} value stored earlier, or {@code null}
	 * to start a new trace
	 * @param releaseId the release the work is about
	 * @param work what to do in the span
	 * @param <T> what the work returns
	 * @return what the work returned
	 */
	public <T> T continuing(String name, String traceparent, String releaseId, Supplier<T> work) {
		Map<String, String> carrier = (traceparent != null) ? Map.of(TRACEPARENT, traceparent) : Map.of();
		ReceiverContext<Map<String, String>> context = new ReceiverContext<>((map, key) -> map.get(key));
		context.setCarrier(carrier);
		return Observation.createNotStarted(name, () -> context, this.registry)
			.contextualName(name)
			.highCardinalityKeyValue(RELEASE_ID, String.valueOf(releaseId))
			.observe(work);
	}

	/**
	 * Runs {@code work} in a span continuing a stored trace context.
	 * @param name the span name
	 * @param traceparent a W3C {@code traceparent} value stored earlier, or {@code null}
	 * to start a new trace
	 * @param releaseId the release the work is about
	 * @param work what to do in the span
	 */
	public void continuing(String name, String traceparent, String releaseId, Runnable work) {
		continuing(name, traceparent, releaseId, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * The current span's context as a W3C {@code traceparent} value, to store with work
	 * that continues later; {@code null} outside any span.
	 * @return the value or {@code null}
	 */
	public String currentTraceparent() {
		Map<String, String> carrier = new HashMap<>();
		inject(carrier::put);
		return carrier.get(TRACEPARENT);
	}

	/**
	 * Writes the current span's context as headers, for a call this service makes itself.
	 * @param header receives each header name and value
	 */
	public void inject(BiConsumer<String, String> header) {
		Span span = this.tracer.currentSpan();
		if (span != null) {
			this.propagator.inject(span.context(), header, BiConsumer::accept);
		}
	}

	/**
	 * The W3C {@code traceparent} a record carries, to keep with work done for it later.
	 * @param headers the record's headers
	 * @return the value, {@code null} when the record carries none
	 */
	public static String traceparent(Headers headers) {
		return lastHeader(headers, TRACEPARENT);
	}

	private static String lastHeader(Headers headers, String key) {
		Header header = headers.lastHeader(key);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
