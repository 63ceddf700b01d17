package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * A real OTLP/HTTP trace receiver on loopback (what Jaeger or an OpenTelemetry Collector
 * would be in production): the services export their spans to it as protobuf, and it
 * keeps them for the test to read.
 */
final class TraceCollector implements AutoCloseable {

	private final HttpServer server;

	private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();

	TraceCollector() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/v1/traces", this::receive);
		this.server.start();
	}

	/** The value for {@code management.opentelemetry.tracing.export.otlp.endpoint}. */
	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/v1/traces";
	}

	List<ExportedSpan> spans() {
		return List.copyOf(this.spans);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(in.readAllBytes());
			for (ResourceSpans resource : request.getResourceSpansList()) {
				String service = attribute(resource.getResource().getAttributesList(), "service.name");
				for (ScopeSpans scope : resource.getScopeSpansList()) {
					for (io.opentelemetry.proto.trace.v1.Span span : scope.getSpansList()) {
						this.spans.add(new ExportedSpan(service, span.getName(), hex(span.getTraceId().toByteArray()),
								hex(span.getSpanId().toByteArray()), hex(span.getParentSpanId().toByteArray()),
								attribute(span.getAttributesList(), "kremlinwatch.release.id")));
					}
				}
			}
			byte[] ok = new byte[0];
			exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
			exchange.sendResponseHeaders(200, -1);
			exchange.getResponseBody().write(ok);
		}
	}

	private static String attribute(List<KeyValue> attributes, String key) {
		return attributes.stream()
			.filter((kv) -> kv.getKey().equals(key))
			.map((kv) -> kv.getValue().getStringValue())
			.findFirst()
			.orElse(null);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One span as exported: which service, what it did, where it sits in its trace. */
	record ExportedSpan(String service, String name, String traceId, String spanId, String parentSpanId,
			String releaseId) {
	}

}
