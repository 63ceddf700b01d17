package org.kremlinwatch.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.kremlinwatch.ingest.source.FetchResult.Validators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a 200 answer's body: gunzipped, cut at the size limit (with a warning), decoded
 * with its charset, and refused when it is a captcha page rather than content. A body
 * that breaks off midway is a retryable failure.
 */
final class ResponseBodies {

	private static final Logger logger = LoggerFactory.getLogger(HttpFetcher.class);

	private ResponseBodies() {
	}

	static Fetched read(String source, URI uri, HttpResponse<InputStream> response, long limit) {
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
			bytes = Arrays.copyOf(bytes, (int) limit);
		}
		String contentType = response.headers().firstValue("Content-Type").orElse(null);
		Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null));
		String body = BodyDecoder.decode(bytes, contentType);
		if (BlockPages.isCaptcha(body)) {
			throw new FetchException("source '" + source + "': the site answered " + uri
					+ " with a captcha page instead of content (it suspects a robot; backing off)");
		}
		return new Fetched(uri, body, validators, truncated);
	}

}
