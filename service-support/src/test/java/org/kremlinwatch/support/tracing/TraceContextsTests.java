package org.kremlinwatch.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the helpers on the real OpenTelemetry SDK behind Micrometer Tracing, as the
 * services do, and reads the finished spans back.
 */
class TraceContextsTests {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String PARENT_SPAN = "00f067aa0ba902b7";

	private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + PARENT_SPAN + "-01";

	private final List<SpanData> finished = new CopyOnWriteArrayList<>();

	private final SdkTracerProvider provider = SdkTracerProvider.builder()
		.addSpanProcessor(SimpleSpanProcessor.create(new Collecting(this.finished)))
		.build();

	private final TraceContexts traces = traces(this.provider);

	@AfterEach
	void close() {
		this.provider.close();
	}

	@Test
	void continuesTheTraceThatTheRecordHeadersCarry() {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("kremlin.releases.fetched.v1", 0, 7L, "en:67487",
				"{}");
		record.headers().add("traceparent", TRACEPARENT.getBytes(StandardCharsets.UTF_8));

		String inside = this.traces.forRecord("kremlinwatch.release.tag", record)
			.observe(this.traces::currentTraceparent);

		assertThat(inside).startsWith("00-" + TRACE_ID + "-").doesNotContain(PARENT_SPAN);
		assertThat(this.finished).singleElement().satisfies((span) -> {
			assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
			assertThat(span.getParentSpanId()).isEqualTo(PARENT_SPAN);
			assertThat(span.getName()).isEqualTo("kremlinwatch.release.tag");
			assertThat(span.getAttributes().get(AttributeKey.stringKey(TraceContexts.RELEASE_ID)))
				.isEqualTo("en:67487");
		});
	}

	@Test
	void continuesAStoredTraceparentLater() {
		String inside = this.traces.continuing("kremlinwatch.alert.deliver", TRACEPARENT, "ru:67487",
				this.traces::currentTraceparent);

		assertThat(inside).contains(TRACE_ID);
		assertThat(this.finished).singleElement()
			.satisfies((span) -> assertThat(span.getParentSpanId()).isEqualTo(PARENT_SPAN));
	}

	@Test
	void startsANewTraceWhenThereIsNoContext() {
		String inside = this.traces.continuing("kremlinwatch.release.publish", null, "en:1",
				this.traces::currentTraceparent);

		assertThat(inside).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01").doesNotContain(TRACE_ID);
		assertThat(this.traces.currentTraceparent()).as("outside any span").isNull();
	}

	private static TraceContexts traces(SdkTracerProvider provider) {
		ContextPropagators propagators = ContextPropagators.create(W3CTraceContextPropagator.getInstance());
		io.opentelemetry.api.trace.Tracer otel = provider.get("test");
		OtelCurrentTraceContext current = new OtelCurrentTraceContext();
		OtelTracer tracer = new OtelTracer(otel, current, (event) -> {
		}, new OtelBaggageManager(current, List.of(), List.of()));
		OtelPropagator propagator = new OtelPropagator(propagators, otel);
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, propagator),
					new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
					new DefaultTracingObservationHandler(tracer)));
		return new TraceContexts(registry, tracer, propagator);
	}

	private record Collecting(List<SpanData> spans) implements SpanExporter {

		@Override
		public CompletableResultCode export(Collection<SpanData> batch) {
			this.spans.addAll(batch);
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode flush() {
			return CompletableResultCode.ofSuccess();
		}

		@Override
		public CompletableResultCode shutdown() {
			return CompletableResultCode.ofSuccess();
		}

	}

}
