package org.kremlinwatch.ingest.feed;

import java.net.URI;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;

/**
 * What the Kremlin's article addresses say: {@code /events/president/news/63953},
 * {@code /events/president/transcripts/63951}, {@code /d/63953}.
 */
public final class KremlinUrls {

	// The id is the last all-digit path segment; listings (".../news/page/2") and feeds
	// never end with one, so they are not mistaken for articles.
	private static final Pattern ARTICLE_ID = Pattern.compile("/(\\d{1,10})/?$");

	private KremlinUrls() {
	}

	/** The numeric Kremlin id of the article at {@code url}, if it names one. */
	public static OptionalLong idOf(String url) {
		if (url == null) {
			return OptionalLong.empty();
		}
		String path;
		try {
			path = URI.create(url.strip()).getPath();
		}
		catch (IllegalArgumentException ex) {
			return OptionalLong.empty();
		}
		if (path == null || path.contains("/page/") || path.contains("/by-date/")) {
			return OptionalLong.empty();
		}
		Matcher matcher = ARTICLE_ID.matcher(path);
		return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
	}

	/**
	 * The site section of an article address: {@code news} for
	 * {@code /events/president/news/1}, {@code transcripts} for
	 * {@code /events/president/transcripts/speeches/1}.
	 */
	public static String sectionOf(String url) {
		String path = URI.create(url.strip()).getPath();
		String[] segments = path.replaceAll("^/+", "").split("/");
		for (int i = 0; i + 1 < segments.length; i++) {
			if ("president".equals(segments[i]) && !segments[i + 1].matches("\\d+")) {
				return segments[i + 1];
			}
		}
		return (segments.length >= 2) ? segments[segments.length - 2] : "unknown";
	}

	/**
	 * The canonical address of {@code path} on the Kremlin's site in {@code lang}:
	 * {@code http://en.kremlin.ru} or {@code http://kremlin.ru}, as the feeds name them.
	 */
	public static String canonical(Lang lang, String path) {
		return ((lang == Lang.en) ? "http://en.kremlin.ru" : "http://kremlin.ru") + (path.startsWith("/") ? "" : "/")
				+ path;
	}

	/** The path and query of {@code url}, to be resolved against a source's base URL. */
	public static String pathOf(String url) {
		URI uri = URI.create(url.strip());
		String path = (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) ? uri.getRawPath() : "/";
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

}
