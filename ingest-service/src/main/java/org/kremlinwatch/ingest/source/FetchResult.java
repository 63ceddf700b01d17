package org.kremlinwatch.ingest.source;

import java.net.URI;

/** The answer to one GET: a decoded body, or "not modified" to a conditional request. */
public sealed interface FetchResult {

	URI uri();

	/**
	 * A body, decoded with its charset.
	 *
	 * @param uri the address fetched
	 * @param body the decoded body
	 * @param validators what to send next time to get a 304 if nothing changed
	 * @param truncated whether the body was cut at the size limit
	 */
	record Fetched(URI uri, String body, Validators validators, boolean truncated) implements FetchResult {
	}

	/** The server said the resource did not change since the remembered validators. */
	record NotModified(URI uri) implements FetchResult {
	}

	/** ETag and Last-Modified of a response; either may be {@code null}. */
	record Validators(String etag, String lastModified) {

		boolean isEmpty() {
			return this.etag == null && this.lastModified == null;
		}

	}

}
