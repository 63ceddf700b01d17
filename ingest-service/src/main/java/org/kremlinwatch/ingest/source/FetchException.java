package org.kremlinwatch.ingest.source;

/**
 * A fetch that failed: unreachable host, timeout, error status, refused redirect,
 * captcha. {@link #retryable()} says whether trying again soon may help (a timeout, a
 * 5xx, a broken body) or not (a 403, a 404, a captcha, a redirect elsewhere).
 */
public class FetchException extends RuntimeException {

	private final boolean retryable;

	private final int status;

	FetchException(String message) {
		this(message, false, null);
	}

	FetchException(String message, Throwable cause) {
		this(message, true, cause);
	}

	FetchException(String message, boolean retryable, Throwable cause) {
		this(message, retryable, 0, cause);
	}

	FetchException(String message, boolean retryable, int status, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.status = status;
	}

	/** The HTTP status that made the fetch fail, 0 if there was no answer. */
	public int status() {
		return this.status;
	}

	/** Whether the same request may succeed if tried again soon. */
	public boolean retryable() {
		return this.retryable;
	}

}
