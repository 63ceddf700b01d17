package org.kremlinwatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.kremlinwatch.ingest.source.FetchResult.NotModified;
import org.kremlinwatch.ingest.source.FetchResult.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * GETs from the Kremlin's sites: descriptive User-Agent, timeouts, gzip, conditional
 * requests, a size cap, redirects followed by hand only within the same host, a per-host
 * rate limit with jitter, and bounded retries with exponential, jittered back-off.
 */
@Component
public class HttpFetcher {

	private static final Logger logger = LoggerFactory.getLogger(HttpFetcher.class);

	private static final int MAX_REDIRECTS = 3;

	private final HttpClient client;

	private final IngestProperties properties;

	private final MeterRegistry meters;

	// Validators of what was fetched AND processed; see remember().
	private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

	private final HostRateLimiter rateLimiter;

	private final Pacer pacer;

	private final RandomGenerator random;

	@Autowired
	HttpFetcher(IngestProperties properties, MeterRegistry meters) {
		this(properties, meters, Pacer.SYSTEM, new Random());
	}

	HttpFetcher(IngestProperties properties, MeterRegistry meters, Pacer pacer, RandomGenerator random) {
		this.properties = properties;
		this.meters = meters;
		this.pacer = pacer;
		this.random = random;
		this.rateLimiter = new HostRateLimiter(properties.rateLimit(), pacer, random);
		this.client = HttpClient.newBuilder()
			.followRedirects(Redirect.NEVER)
			.connectTimeout(properties.requestTimeout())
			.build();
	}

	/**
	 * GETs {@code uri} for source {@code source}, conditionally if it was seen before,
	 * retrying what may pass.
	 * @throws FetchException when the last attempt failed too, or a failure that retrying
	 * cannot mend
	 */
	public FetchResult fetch(String source, URI uri) {
		int attempts = this.properties.retry().maxAttempts();
		for (int attempt = 1;; attempt++) {
			try {
				return fetchOnce(source, uri);
			}
			catch (FetchException ex) {
				if (!ex.retryable() || attempt >= attempts) {
					throw ex;
				}
				Duration backoff = backoff(attempt);
				logger.info("Source '{}': attempt {} of {} failed, retrying in {} ms: {}", source, attempt, attempts,
						backoff.toMillis(), ex.getMessage());
				pause(uri, backoff);
			}
		}
	}

	Duration backoff(int attempt) {
		return Backoff.of(this.properties.retry(), attempt, this.random);
	}

	private FetchResult fetchOnce(String source, URI uri) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "error";
		try {
			FetchResult result = get(source, uri, 0);
			outcome = (result instanceof NotModified) ? "not_modified" : "ok";
			return result;
		}
		finally {
			sample.stop(this.meters.timer("kremlinwatch.ingest.fetch.latency", "source", source));
			this.meters.counter("kremlinwatch.ingest.fetches", "source", source, "outcome", outcome).increment();
		}
	}

	private void pause(URI uri, Duration duration) {
		try {
			this.pacer.pause(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("interrupted while waiting to fetch " + uri, false, ex);
		}
	}

	/**
	 * Remembers the validators of {@code fetched} once its content was processed, so that
	 * a body that failed to publish is fetched in full again next time rather than
	 * answered with a 304.
	 */
	public void remember(Fetched fetched) {
		if (!fetched.validators().isEmpty() && !fetched.truncated()) {
			this.validators.put(fetched.uri(), fetched.validators());
		}
	}

	private FetchResult get(String source, URI uri, int redirects) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.requestTimeout())
			.header("User-Agent", this.properties.userAgent())
			.header("Accept-Encoding", "gzip")
			.GET();
		Validators known = this.validators.get(uri);
		if (known != null) {
			if (known.etag() != null) {
				request.header("If-None-Match", known.etag());
			}
			if (known.lastModified() != null) {
				request.header("If-Modified-Since", known.lastModified());
			}
		}
		try {
			this.rateLimiter.acquire(uri.getHost() + ":" + uri.getPort());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("interrupted while waiting to fetch " + uri, false, ex);
		}
		HttpResponse<InputStream> response = send(source, uri, request.build());
		int status = response.statusCode();
		if (status == 304) {
			close(response);
			return new NotModified(uri);
		}
		if (status >= 300 && status < 400) {
			close(response);
			return redirect(source, uri, response, redirects);
		}
		if (status != 200) {
			close(response);
			if (status == 403) {
				// kremlin.ru blocks some networks; asking again at once only makes it
				// worse.
				throw new FetchException(
						"source '" + source + "': HTTP 403 from " + uri + " (the site refuses this client or network)");
			}
			boolean retryable = status == 429 || status >= 500;
			throw new FetchException("source '" + source + "': HTTP " + status + " from " + uri, retryable, status,
					null);
		}
		return ResponseBodies.read(source, uri, response, this.properties.maxPageSize().toBytes());
	}

	private FetchResult redirect(String source, URI uri, HttpResponse<InputStream> response, int redirects) {
		String location = response.headers().firstValue("Location").orElse(null);
		if (location == null || redirects >= MAX_REDIRECTS) {
			throw new FetchException("source '" + source + "': unusable redirect (" + response.statusCode()
					+ ", Location " + location + ") from " + uri);
		}
		URI target = uri.resolve(location);
		if (!Objects.equals(target.getHost(), uri.getHost()) || target.getPort() != uri.getPort()) {
			logger.warn("Source '{}': refused redirect from {} to another host: {}", source, uri, target);
			throw new FetchException("source '" + source + "': refused redirect to another host " + target);
		}
		return get(source, target, redirects + 1);
	}

	private HttpResponse<InputStream> send(String source, URI uri, HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			throw new FetchException("source '" + source + "' is unreachable: cannot connect to " + uri + " ("
					+ ex.getClass().getSimpleName() + ")", ex);
		}
		catch (HttpTimeoutException ex) {
			throw new FetchException(
					"source '" + source + "': no answer from " + uri + " within " + this.properties.requestTimeout(),
					ex);
		}
		catch (IOException ex) {
			throw new FetchException("source '" + source + "' is unreachable: " + uri + " (" + ex + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException("interrupted while fetching " + uri, ex);
		}
	}

	private static void close(HttpResponse<InputStream> response) {
		try {
			response.body().close();
		}
		catch (IOException ex) {
			// Nothing to read from it anyway.
		}
	}

}
