package org.kremlinwatch.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.kremlinwatch.alert.delivery.WebhookSignerAccess;

/**
 * A real webhook receiver on 127.0.0.1 and a random port. Each path answers with the
 * statuses queued for it (then 200) and records every call, so a test can fail a receiver
 * on command and verify what arrived.
 */
public final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();

	private final Set<String> hanging = ConcurrentHashMap.newKeySet();

	private final List<String> hangingCalls = new CopyOnWriteArrayList<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	// One thread per call, so that a hanging path does not hold up the others.
	private final ExecutorService threads = Executors.newCachedThreadPool();

	public WebhookReceiver() {
		this(0);
	}

	/** A receiver on {@code port}, e.g. one that a test kept free while "down". */
	public WebhookReceiver(int port) {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.threads);
		this.server.createContext("/", (exchange) -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			String path = exchange.getRequestURI().getPath();
			if (this.hanging.contains(path)) {
				this.hangingCalls.add(path);
				awaitClose();
				exchange.close();
				return;
			}
			this.calls.add(new Call(path, exchange.getRequestHeaders().getFirst("webhook-id"),
					exchange.getRequestHeaders().getFirst("webhook-timestamp"),
					exchange.getRequestHeaders().getFirst("webhook-signature"),
					exchange.getRequestHeaders().getFirst("Content-Type"), body));
			Deque<Integer> statuses = this.scripted.get(path);
			Integer scriptedStatus = (statuses != null) ? statuses.pollFirst() : null;
			exchange.sendResponseHeaders((scriptedStatus != null) ? scriptedStatus : 200, -1);
			exchange.close();
		});
		this.server.start();
	}

	/** The URL of {@code path} on this receiver. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/**
	 * Calls to {@code path} never get an answer until the receiver closes: a receiver
	 * hanging far past the sender's timeout.
	 */
	public void hang(String path) {
		this.hanging.add(path);
	}

	/** Calls that arrived on a hanging path (they are not in {@link #callsTo}). */
	public List<String> hangingCalls() {
		return List.copyOf(this.hangingCalls);
	}

	/** Answers the next calls to {@code path} with {@code statuses}, then 200. */
	public void failNext(String path, Integer... statuses) {
		this.scripted.put(path, new ArrayDeque<>(List.of(statuses)));
	}

	public List<Call> callsTo(String path) {
		return this.calls.stream().filter((call) -> call.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	private void awaitClose() {
		try {
			this.closing.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** One received call. */
	public record Call(String path, String webhookId, String timestamp, String signature, String contentType,
			String body) {

		/**
		 * Whether the signature verifies with {@code secret}, by the Standard Webhooks
		 * rule.
		 */
		public boolean signatureVerifies(String secret) {
			return WebhookSignerAccess.verify(secret, this.webhookId, this.timestamp, this.body, this.signature);
		}

	}

}
