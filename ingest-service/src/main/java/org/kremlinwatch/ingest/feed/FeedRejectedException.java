package org.kremlinwatch.ingest.feed;

/**
 * Thrown when a source answers with something that is not a feed: a captcha page, an HTML
 * error page, a truncated document.
 */
public class FeedRejectedException extends RuntimeException {

	public FeedRejectedException(String message) {
		super(message);
	}

}
