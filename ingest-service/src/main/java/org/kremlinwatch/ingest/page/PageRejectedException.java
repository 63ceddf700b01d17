package org.kremlinwatch.ingest.page;

/** Thrown when a page is not a Kremlin article (a captcha, an error page, a listing). */
public class PageRejectedException extends RuntimeException {

	public PageRejectedException(String message) {
		super(message);
	}

}
