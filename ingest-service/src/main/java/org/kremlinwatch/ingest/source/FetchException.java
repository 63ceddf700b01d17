package org.kremlinwatch.ingest.source;

/** A fetch that failed: unreachable host, timeout, error status, refused redirect. */
class FetchException extends RuntimeException {

	FetchException(String message) {
		super(message);
	}

	FetchException(String message, Throwable cause) {
		super(message, cause);
	}

}
