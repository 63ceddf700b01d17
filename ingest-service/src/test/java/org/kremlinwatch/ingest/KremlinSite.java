package org.kremlinwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real local HTTP server standing in for en.kremlin.ru: serves documents by path with
 * an ETag, answers conditional requests with 304, gzips when asked, and records what it
 * was asked.
 */
final class KremlinSite implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Document> documents = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> notModified = new CopyOnWriteArrayList<>();

	private final List<String> userAgents = new CopyOnWriteArrayList<>();

	private final List<Map.Entry<String, String>> agentAndPath = new CopyOnWriteArrayList<>();

	KremlinSite() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	/** The address of the site root, e.g. {@code http://127.0.0.1:41234}. */
	String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void put(String path, String contentType, String body) {
		this.documents.put(path, new Document(contentType, body.getBytes(StandardCharsets.UTF_8)));
	}

	String get(String path) {
		return new String(this.documents.get(path).body(), StandardCharsets.UTF_8);
	}

	List<String> requests() {
		return this.requests;
	}

	/** Paths answered with 304 Not Modified. */
	List<String> notModified() {
		return this.notModified;
	}

	List<String> userAgents() {
		return this.userAgents;
	}

	/** How many times {@code path} was asked for with User-Agent {@code agent}. */
	long requests(String agent, String path) {
		return this.agentAndPath.stream()
			.filter((request) -> request.getKey().equals(agent) && request.getValue().equals(path))
			.count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			this.requests.add(path);
			this.userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
			this.agentAndPath.add(Map.entry(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")), path));
			Document document = this.documents.get(path);
			if (document == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			String etag = "\"" + document.hash() + "\"";
			exchange.getResponseHeaders().set("ETag", etag);
			if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				this.notModified.add(path);
				exchange.sendResponseHeaders(304, -1);
				return;
			}
			byte[] body = document.body();
			String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
			if (acceptEncoding != null && acceptEncoding.contains("gzip")) {
				body = gzip(body);
				exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			}
			exchange.getResponseHeaders().set("Content-Type", document.contentType());
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		return bytes.toByteArray();
	}

	/**
	 * An Atom feed on the Kremlin's template listing news articles {@code ids} (newest
	 * first), with a {@code rel=next} link to {@code next} unless it is {@code null}.
	 */
	static String feed(String next, long... ids) {
		StringBuilder feed = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" ?><feed xml:lang="en" xmlns="http://www.w3.org/2005/Atom">
				<title type="text">Website of the President of Russia: President: News</title>
				<link href="http://en.kremlin.ru/events/president/news/feed" rel="self" />
				""");
		if (next != null) {
			feed.append("<link href=\"").append(next).append("\" rel=\"next\" />\n");
		}
		for (long id : ids) {
			feed.append("<entry><title>Release ")
				.append(id)
				.append("</title><id>http://en.kremlin.ru/events/president/news/")
				.append(id)
				.append("</id><published>2020-08-27T15:20:00+04:00</published></entry>\n");
		}
		return feed.append("</feed>\n").toString();
	}

	/** The English article fixture as the page of release {@code id}. */
	static String article(long id) {
		return resource("/pages/en-article.html").replace("90001", Long.toString(id))
			.replace("Meeting with the Governor of the Example Region", "Release " + id);
	}

	static String resource(String name) {
		try (InputStream in = KremlinSite.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Document(String contentType, byte[] body) {

		String hash() {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(this.body));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
