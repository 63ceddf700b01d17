package org.kremlinwatch.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns body bytes into text with the right charset: the Content-Type header first, then
 * a {@code <meta charset>} / XML declaration in the first bytes, UTF-8 otherwise. Old
 * kremlin.ru pages are windows-1251.
 */
public final class BodyDecoder {

	private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern DECLARED_CHARSET = Pattern
		.compile("(?:charset|encoding)\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

	private static final int SNIFF_BYTES = 2048;

	private BodyDecoder() {
	}

	/**
	 * {@code body} as text, in the charset of {@code contentType}, of its declaration, or
	 * UTF-8.
	 */
	public static String decode(byte[] body, String contentType) {
		Charset charset = fromHeader(contentType).or(() -> declared(body)).orElse(StandardCharsets.UTF_8);
		return new String(body, charset);
	}

	static Optional<Charset> fromHeader(String contentType) {
		if (contentType == null) {
			return Optional.empty();
		}
		Matcher matcher = HEADER_CHARSET.matcher(contentType);
		return matcher.find() ? charset(matcher.group(1)) : Optional.empty();
	}

	static Optional<Charset> declared(byte[] body) {
		// ASCII is enough to read the declaration whatever the page's own charset.
		String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		Matcher matcher = DECLARED_CHARSET.matcher(head);
		return matcher.find() ? charset(matcher.group(1)) : Optional.empty();
	}

	private static Optional<Charset> charset(String name) {
		try {
			return Optional.of(Charset.forName(name));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			return Optional.empty();
		}
	}

}
