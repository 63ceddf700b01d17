package org.kremlinwatch.stack.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;

/**
 * The benchmark's webhook receiver: notes when the first alert for each release arrives.
 */
final class AlertReceiver implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newFixedThreadPool(8);

	private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();

	private final Map<String, Long> recordedToReceivedMillis = new ConcurrentHashMap<>();

	private final Map<String, Instant> recordedAt = new ConcurrentHashMap<>();

	AlertReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/bench", this::receive);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/bench";
	}

	/** Nanosecond arrival time of the first alert per release id. */
	Map<String, Long> arrivals() {
		return this.firstArrival;
	}

	/** When alert-service recorded the first alert per release id (its occurredAt). */
	Map<String, Instant> recordedAt() {
		return this.recordedAt;
	}

	/** Milliseconds from the alert's recording to its arrival here, per release id. */
	Map<String, Long> recordedToReceivedMillis() {
		return this.recordedToReceivedMillis;
	}

	private void receive(HttpExchange exchange) throws IOException {
		long now = System.nanoTime();
		Instant wallNow = Instant.now();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
			if (webhookId != null && webhookId.startsWith("test_")) {
				// The warm-up call (alert-service's test event), not an alert.
				in.readAllBytes();
				exchange.sendResponseHeaders(204, -1);
				return;
			}
			AlertRaised alert = EventJson.mapper().readValue(in.readAllBytes(), AlertRaised.class);
			if (this.firstArrival.putIfAbsent(alert.releaseId(), now) == null) {
				this.recordedAt.put(alert.releaseId(), alert.occurredAt());
				this.recordedToReceivedMillis.put(alert.releaseId(),
						Duration.between(alert.occurredAt(), wallNow).toMillis());
			}
			exchange.sendResponseHeaders(204, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
