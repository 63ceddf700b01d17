package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;

/**
 * A webhook receiver that misbehaves like real ones: every third call answers 500, every
 * seventh hangs past the sender's timeout before answering. Only calls answered 2xx in
 * time count as received.
 */
final class FaultyReceiver implements AutoCloseable {

	private final HttpServer server;

	private final Duration hang;

	private final AtomicInteger calls = new AtomicInteger();

	private final Map<String, Set<String>> webhookIdsByRelease = new ConcurrentHashMap<>();

	private final Set<String> received = ConcurrentHashMap.newKeySet();

	private final CountDownLatch closing = new CountDownLatch(1);

	FaultyReceiver(Duration hang) throws IOException {
		this.hang = hang;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/hooks", this::receive);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/chaos";
	}

	int calls() {
		return this.calls.get();
	}

	/** webhook-ids answered 2xx in time. */
	Set<String> received() {
		return Set.copyOf(this.received);
	}

	/** Every webhook-id seen per release, whatever the answer. */
	Map<String, Set<String>> webhookIdsByRelease() {
		return Map.copyOf(this.webhookIdsByRelease);
	}

	private void receive(HttpExchange exchange) throws IOException {
		int call = this.calls.incrementAndGet();
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String id = exchange.getRequestHeaders().getFirst("webhook-id");
			AlertRaised alert = EventJson.mapper()
				.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), AlertRaised.class);
			this.webhookIdsByRelease.computeIfAbsent(alert.releaseId(), (key) -> ConcurrentHashMap.newKeySet()).add(id);
			if (call % 3 == 0) {
				exchange.sendResponseHeaders(500, -1);
				return;
			}
			if (call % 7 == 0) {
				// Past the sender's timeout: it gives up and retries, so this answer is
				// never seen.
				if (!this.closing.await(this.hang.toMillis(), TimeUnit.MILLISECONDS)) {
					exchange.sendResponseHeaders(200, -1);
				}
				return;
			}
			this.received.add(id);
			exchange.sendResponseHeaders(204, -1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
	}

}
