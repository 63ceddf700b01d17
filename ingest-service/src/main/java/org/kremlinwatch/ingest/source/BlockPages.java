package org.kremlinwatch.ingest.source;

import java.util.Locale;

/**
 * Recognises the pages a site serves instead of content when it suspects a robot. None of
 * the Kremlin's real articles, listings or feeds mentions a captcha, so the word is a
 * safe sign.
 */
final class BlockPages {

	private static final int SNIFF_CHARS = 64 * 1024;

	private BlockPages() {
	}

	static boolean isCaptcha(String body) {
		String head = body.substring(0, Math.min(body.length(), SNIFF_CHARS)).toLowerCase(Locale.ROOT);
		return head.contains("captcha");
	}

}
