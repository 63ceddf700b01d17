package org.kremlinwatch.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.config.IngestProperties.CircuitBreaker;
import org.kremlinwatch.ingest.config.IngestProperties.RateLimit;
import org.kremlinwatch.ingest.config.IngestProperties.Retry;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.kremlinwatch.ingest.source.FetchResult.NotModified;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The fetcher against a real local HTTP server that misbehaves in the ways the site does.
 */
class HttpFetcherIT {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);

	private static HttpServer server;

	private static final ExecutorService executor = Executors.newCachedThreadPool();

	private static final List<String> ifModifiedSince = new CopyOnWriteArrayList<>();

	private static final AtomicInteger flakyRequests = new AtomicInteger();

	private static final AtomicInteger downRequests = new AtomicInteger();

	private static final AtomicInteger blockedRequests = new AtomicInteger();

	private static final AtomicInteger truncatedRequests = new AtomicInteger();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final HttpFetcher fetcher = new HttpFetcher(new IngestProperties(Map.of(), "kremlinwatch-test/1",
			Duration.ofSeconds(1), DataSize.ofKilobytes(1), 1, (short) 1, new RateLimit(1000, Duration.ZERO),
			new Retry(1, Duration.ofMillis(10), Duration.ofMillis(10)), new CircuitBreaker(5, Duration.ofMinutes(1)), 5,
			10, true), this.meters);

	private final RecordingPacer pacer = new RecordingPacer();

	// Retries on and a rate limit of 2 requests/s; the recording pacer shows the waits.
	private final HttpFetcher patient = new HttpFetcher(new IngestProperties(Map.of(), "kremlinwatch-test/1",
			Duration.ofSeconds(1), DataSize.ofKilobytes(1), 1, (short) 1, new RateLimit(2, Duration.ZERO),
			new Retry(3, Duration.ofSeconds(1), Duration.ofSeconds(10)), new CircuitBreaker(5, Duration.ofMinutes(1)),
			5, 10, true), this.meters, this.pacer, new Random(3));

	@BeforeAll
	static void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/gzip-1251", (exchange) -> respond(exchange, 200, "text/html; charset=windows-1251",
				gzip("<p>Кремль, «ёлки»</p>".getBytes(WINDOWS_1251)), Map.of("Content-Encoding", "gzip")));
		server.createContext("/big",
				(exchange) -> respond(exchange, 200, "text/html", "x".repeat(3000).getBytes(), Map.of()));
		server.createContext("/moved-away", (exchange) -> respond(exchange, 302, null, new byte[0],
				Map.of("Location", "http://example.invalid/captcha")));
		server.createContext("/moved-here",
				(exchange) -> respond(exchange, 301, null, new byte[0], Map.of("Location", "/target")));
		server.createContext("/target",
				(exchange) -> respond(exchange, 200, "text/html", "target".getBytes(), Map.of()));
		server.createContext("/forbidden",
				(exchange) -> respond(exchange, 403, "text/html", "blocked".getBytes(), Map.of()));
		server.createContext("/slow", slow());
		server.createContext("/dated", (exchange) -> {
			String since = exchange.getRequestHeaders().getFirst("If-Modified-Since");
			ifModifiedSince.add(String.valueOf(since));
			String stamp = "Thu, 27 Aug 2020 17:09:44 GMT";
			if (stamp.equals(since)) {
				respond(exchange, 304, null, new byte[0], Map.of());
			}
			else {
				respond(exchange, 200, "text/plain", "dated".getBytes(), Map.of("Last-Modified", stamp));
			}
		});
		server.createContext("/flaky", (exchange) -> {
			int request = flakyRequests.incrementAndGet();
			respond(exchange, (request <= 2) ? 503 : 200, "text/plain", ("answer " + request).getBytes(), Map.of());
		});
		server.createContext("/down", (exchange) -> {
			downRequests.incrementAndGet();
			respond(exchange, 502, "text/html", "<h1>Bad Gateway</h1>".getBytes(), Map.of());
		});
		server.createContext("/blocked", (exchange) -> {
			blockedRequests.incrementAndGet();
			respond(exchange, 403, "text/html", "<h1>Forbidden</h1>".getBytes(), Map.of());
		});
		server.createContext("/captcha", (exchange) -> respond(exchange, 200, "text/html; charset=utf-8",
				"<html><body><div class=\"captcha\">Are you a robot?</div></body></html>".getBytes(), Map.of()));
		server.createContext("/truncated", (exchange) -> {
			truncatedRequests.incrementAndGet();
			try (exchange) {
				// Promises 1000 bytes, sends 100, hangs up: a connection cut mid-body.
				exchange.sendResponseHeaders(200, 1000);
				exchange.getResponseBody().write("x".repeat(100).getBytes());
				exchange.getResponseBody().flush();
			}
			catch (IOException ex) {
				// Expected: the stream knows it was not written in full.
			}
		});
		// A thread per request: the slow handler must not hold up the others.
		server.setExecutor(executor);
		server.start();
	}

	@AfterAll
	static void stop() {
		RELEASE_SLOW.countDown();
		server.stop(0);
		executor.shutdownNow();
	}

	@Test
	void decodesGzipAndTheCharsetOfTheContentType() {
		Fetched fetched = (Fetched) this.fetcher.fetch("ru", uri("/gzip-1251"));

		assertThat(fetched.body()).isEqualTo("<p>Кремль, «ёлки»</p>");
		assertThat(this.meters.counter("kremlinwatch.ingest.fetches", "source", "ru", "outcome", "ok").count())
			.isEqualTo(1);
	}

	@Test
	void cutsABodyOverTheSizeLimit() {
		Fetched fetched = (Fetched) this.fetcher.fetch("en", uri("/big"));

		assertThat(fetched.truncated()).isTrue();
		assertThat(fetched.body()).hasSize(1024);
	}

	@Test
	void refusesARedirectToAnotherHost() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch("en", uri("/moved-away")))
			.withMessageContaining("refused redirect to another host http://example.invalid/captcha");
		assertThat(this.meters.counter("kremlinwatch.ingest.fetches", "source", "en", "outcome", "error").count())
			.isEqualTo(1);
	}

	@Test
	void followsARedirectWithinTheSameHost() {
		Fetched fetched = (Fetched) this.fetcher.fetch("en", uri("/moved-here"));

		assertThat(fetched.body()).isEqualTo("target");
		assertThat(fetched.uri()).isEqualTo(uri("/target"));
	}

	@Test
	void reportsAnErrorStatusWithTheSource() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch("ru", uri("/forbidden")))
			.withMessageContaining("source 'ru': HTTP 403");
	}

	@Test
	void givesUpOnASilentServerAfterTheTimeout() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.fetcher.fetch("en", uri("/slow")))
			.withMessageContaining("no answer from");
	}

	@Test
	void asksConditionallyOnlyAfterTheBodyWasProcessed() {
		Fetched first = (Fetched) this.fetcher.fetch("en", uri("/dated"));
		// Not remembered yet (say publishing failed): the body comes again in full.
		assertThat(this.fetcher.fetch("en", uri("/dated"))).isInstanceOf(Fetched.class);

		this.fetcher.remember(first);

		assertThat(this.fetcher.fetch("en", uri("/dated"))).isInstanceOf(NotModified.class);
		assertThat(ifModifiedSince).containsExactly("null", "null", "Thu, 27 Aug 2020 17:09:44 GMT");
	}

	@Test
	void retriesAServerErrorWithGrowingJitteredBackoff() {
		Fetched fetched = (Fetched) this.patient.fetch("en", uri("/flaky"));

		assertThat(fetched.body()).isEqualTo("answer 3");
		assertThat(flakyRequests).hasValue(3);
		// Back-off pauses: [0.5 s, 1 s] then [1 s, 2 s]; the rate limit's 0.5 s is
		// covered by them.
		assertThat(this.pacer.pauses()).hasSize(2);
		assertThat(this.pacer.pauses().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
		assertThat(this.pacer.pauses().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(this.meters.counter("kremlinwatch.ingest.fetches", "source", "en", "outcome", "error").count())
			.isEqualTo(2);
	}

	@Test
	void givesUpAfterTheLastAttemptWithTheStatus() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.patient.fetch("en", uri("/down")))
			.withMessageContaining("HTTP 502");

		assertThat(downRequests).hasValue(3);
	}

	@Test
	void doesNotRetryAForbiddenAnswer() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.patient.fetch("ru", uri("/blocked")))
			.withMessageContaining("HTTP 403")
			.withMessageContaining("refuses this client");

		assertThat(blockedRequests).hasValue(1);
	}

	@Test
	void recognisesACaptchaPageAndDoesNotRetryIt() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.patient.fetch("ru", uri("/captcha")))
			.withMessageContaining("captcha page instead of content")
			.satisfies((ex) -> assertThat(ex.retryable()).isFalse());
		assertThat(this.pacer.pauses()).isEmpty();
	}

	@Test
	void retriesABodyCutOffMidway() {
		assertThatExceptionOfType(FetchException.class).isThrownBy(() -> this.patient.fetch("en", uri("/truncated")))
			.withMessageContaining("broken body");

		assertThat(truncatedRequests).hasValue(3);
	}

	@Test
	void spacesRequestsToTheSameHost() {
		this.patient.fetch("en", uri("/target"));
		this.patient.fetch("ru", uri("/target"));
		this.patient.fetch("en", uri("/target"));

		assertThat(this.pacer.pauses()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(500));
	}

	@Test
	void backoffStaysWithinItsBound() {
		for (int attempt = 1; attempt < 40; attempt++) {
			assertThat(this.patient.backoff(attempt)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(10));
		}
		assertThat(this.patient.backoff(30)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
	}

	private static URI uri(String path) {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
	}

	private static HttpHandler slow() {
		return (exchange) -> {
			try {
				// Holds the answer back until the test class ends; the client gives up
				// first.
				RELEASE_SLOW.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, 200, "text/plain", "late".getBytes(), Map.of());
		};
	}

	private static void respond(HttpExchange exchange, int status, String contentType, byte[] body,
			Map<String, String> headers) throws IOException {
		try (exchange) {
			headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			if (contentType != null) {
				exchange.getResponseHeaders().set("Content-Type", contentType);
			}
			if (status == 304 || body.length == 0) {
				exchange.sendResponseHeaders(status, -1);
				return;
			}
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		catch (IOException ex) {
			// The client gave up (the slow case); nothing to answer to.
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

}
