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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.kremlinwatch.ingest.source.FetchResult.NotModified;
import org.kremlinwatch.ingest.source.FetchResult.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * GETs from the Kremlin's sites: descriptive User-Agent, timeouts, gzip, conditional
 * requests, a size cap, and redirects followed by hand only within the same host.
 */
@Component
class HttpFetcher {

	private static final Logger logger = LoggerFactory.getLogger(HttpFetcher.class);

	private static final int MAX_REDIRECTS = 3;

	private final HttpClient client;

	private final IngestProperties properties;

	private final MeterRegistry meters;

	// Validators of what was fetched AND processed; see remember().
	private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

	HttpFetcher(IngestProperties properties, MeterRegistry meters) {
		this.properties = properties;
		this.meters = meters;
		this.client = HttpClient.newBuilder()
			.followRedirects(Redirect.NEVER)
			.connectTimeout(properties.requestTimeout())
			.build();
	}

	/**
	 * GETs {@code uri} for source {@code source}, conditionally if it was seen before.
	 */
	FetchResult fetch(String source, URI uri) {
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

	/**
	 * Remembers the validators of {@code fetched} once its content was processed, so that
	 * a body that failed to publish is fetched in full again next time rather than
	 * answered with a 304.
	 */
	void remember(Fetched fetched) {
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
			throw new FetchException("source '" + source + "': HTTP " + status + " from " + uri);
		}
		return read(source, uri, response);
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

	private Fetched read(String source, URI uri, HttpResponse<InputStream> response) {
		long limit = this.properties.maxPageSize().toBytes();
		boolean gzip = response.headers()
			.firstValue("Content-Encoding")
			.map((encoding) -> encoding.toLowerCase().contains("gzip"))
			.orElse(false);
		byte[] bytes;
		try (InputStream raw = response.body(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
			// One byte more than the limit tells a cut body from one that fits exactly.
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		}
		catch (IOException ex) {
			throw new FetchException("source '" + source + "': broken body from " + uri + " (" + ex + ")", ex);
		}
		boolean truncated = bytes.length > limit;
		if (truncated) {
			logger.warn(
					"Source '{}': body of {} is larger than {} bytes (kremlinwatch.ingest.max-page-size); cut there",
					source, uri, limit);
			bytes = java.util.Arrays.copyOf(bytes, (int) limit);
		}
		String contentType = response.headers().firstValue("Content-Type").orElse(null);
		Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null));
		return new Fetched(uri, BodyDecoder.decode(bytes, contentType), validators, truncated);
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
