package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback that records every webhook call it receives and answers
 * 204.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	WebhookReceiver() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/hooks", this::receive);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/e2e";
	}

	List<Call> calls() {
		return List.copyOf(this.calls);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange; InputStream in = exchange.getRequestBody()) {
			String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			this.calls.add(new Call(exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"), body,
					exchange.getRequestHeaders().getFirst("traceparent")));
			exchange.sendResponseHeaders(204, -1);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One received call: the Standard Webhooks headers, the body, and the W3C trace
	 * context the sender continued.
	 */
	record Call(String id, String timestamp, String signature, String body, String traceparent) {
	}

}
