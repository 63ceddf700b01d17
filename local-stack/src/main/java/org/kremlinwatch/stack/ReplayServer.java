package org.kremlinwatch.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves recorded Kremlin pages and feeds over HTTP on loopback, so that ingest-service
 * can watch them exactly as it watches the live site (point a source's base URL at
 * {@code http://127.0.0.1:PORT/en}). Answers conditional requests with 304 like the real
 * site, so polling behaves as it does live.
 *
 * <p>
 * Usage: {@code ReplayServer --dir DIR [--port 8900]}
 */
public final class ReplayServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor;

	private final RecordedSite site;

	private ReplayServer(HttpServer server, ExecutorService executor, RecordedSite site) {
		this.server = server;
		this.executor = executor;
		this.site = site;
	}

	/** Starts serving {@code dir} on {@code port} (0 picks a free one). */
	public static ReplayServer start(Path dir, int port) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		ExecutorService executor = Executors.newFixedThreadPool(4);
		ReplayServer replay = new ReplayServer(server, executor, new RecordedSite(dir));
		server.createContext("/", replay::handle);
		server.setExecutor(executor);
		server.start();
		return replay;
	}

	public static void main(String[] args) throws IOException {
		Options options = Options.parse(args);
		Path dir = options.path("dir", ".");
		ReplayServer replay = start(dir, options.port("port", 8900));
		System.out.println("Replaying " + dir + " on " + replay.baseUrl() + " (sources: " + replay.baseUrl()
				+ "/en and " + replay.baseUrl() + "/ru)");
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Optional<RecordedSite.Resource> resource = this.site.resolve(exchange.getRequestURI().getPath());
			if (resource.isEmpty() || !isRead(exchange)) {
				send(exchange, resource.isEmpty() ? 404 : 405, "text/plain; charset=utf-8",
						"not recorded: " + exchange.getRequestURI().getPath());
				return;
			}
			byte[] body = resource.get().bytes();
			String etag = "\"" + sha256(body).substring(0, 32) + "\"";
			exchange.getResponseHeaders().set("ETag", etag);
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", resource.get().contentType());
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static boolean isRead(HttpExchange exchange) {
		return "GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod());
	}

	private static void send(HttpExchange exchange, int status, String contentType, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
