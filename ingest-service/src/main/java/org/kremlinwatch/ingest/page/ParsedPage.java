package org.kremlinwatch.ingest.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.kremlinwatch.events.v1.Lang;

/**
 * What an article page says about its release.
 *
 * @param kremlinId the Kremlin's numeric id
 * @param lang the language version
 * @param url the canonical address (as the feed named it, not the address it was fetched
 * from)
 * @param alternateUrl the other language version's address, {@code null} if none
 * @param section site section, e.g. {@code news}
 * @param title headline
 * @param lead lead paragraph, {@code null} if none
 * @param text plain body text, paragraphs separated by a blank line
 * @param publishedAt Moscow publication time; for an announcement, whose header only
 * names the day of the announced event, the page footer's publication date, and
 * {@code null} when the page tells none
 * @param place where it happened, {@code null} if not stated
 * @param tags the Kremlin's tags (geography, topics, persons)
 * @param announcement whether the page announces a coming event rather than reporting one
 */
public record ParsedPage(long kremlinId, Lang lang, String url, String alternateUrl, String section, String title,
		String lead, String text, OffsetDateTime publishedAt, String place, List<String> tags, boolean announcement) {

	public ParsedPage {
		Objects.requireNonNull(lang, "lang");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		tags = List.copyOf(tags);
	}

	/**
	 * {@code sha256:<hex>} of title, lead and text: what readers see. Dates, tags and
	 * links are left out so that a re-rendered template is not mistaken for an edit.
	 */
	public String contentHash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			// Separators keep "ab"+"c" and "a"+"bc" apart.
			for (String part : new String[] { this.title, this.lead, this.text }) {
				digest.update(((part != null) ? part : "").getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return "sha256:" + HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
