package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the built pipeline lies and how to reach it: the services' jars from this build,
 * the local-stack launchers, free ports, and plain HTTP helpers for the services' APIs.
 */
final class Stack {

	static final Path ROOT = Path.of(System.getProperty("kremlinwatch.root", "..")).toAbsolutePath().normalize();

	static final String VERSION = System.getProperty("kremlinwatch.version", "0.1.0-SNAPSHOT");

	static final Path LOGS = Path.of("target", "e2e-logs").toAbsolutePath();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Stack() {
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * JVM arguments that run a local-stack launcher ({@code org.kremlinwatch.stack.*}).
	 */
	static List<String> launcher(String mainClass, String heap, String... args) {
		String classpath = ROOT.resolve("local-stack/target/classes") + java.io.File.pathSeparator
				+ ROOT.resolve("local-stack/target/lib") + java.io.File.separator + "*";
		List<String> command = new ArrayList<>(List.of("-Xmx" + heap, "-cp", classpath, mainClass));
		command.addAll(List.of(args));
		return command;
	}

	/**
	 * JVM arguments that run one of the services' jars, small as on the target machine.
	 */
	static List<String> service(String name, String... args) {
		Path jar = ROOT.resolve(name + "/target/" + name + "-" + VERSION + ".jar");
		List<String> command = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()));
		command.addAll(List.of(args));
		if (name.equals("ingest-service")) {
			// Recorded sites hold the news section only, and tests never reach the live
			// site.
			for (String section : List.of("en-transcripts", "ru-transcripts", "en-all", "ru-all")) {
				command.add("--kremlinwatch.ingest.sources." + section + ".enabled=false");
			}
		}
		return command;
	}

	static HttpResponse<String> get(String url, String bearer) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET(), bearer);
	}

	static HttpResponse<String> postJson(String url, String bearer, String json) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), bearer);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request, String bearer) {
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		try {
			return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static boolean healthy(int port) {
		try {
			HttpResponse<String> health = get("http://127.0.0.1:" + port + "/actuator/health", null);
			return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
