package org.kremlinwatch.events.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A Kremlin press release as ingest-service saw it: published once at first sighting
 * (revision 1) and again each time the Kremlin changes its text. Topic
 * {@code kremlin.releases.fetched.v1}, key {@code releaseId}.
 *
 * @param eventId unique per (release, revision, content), so that a repeated publication
 * of the same revision carries the same id and consumers can drop it
 * @param occurredAt when ingest-service saw this revision
 * @param releaseId {@code <lang>:<kremlin id>}, e.g. {@code en:67487}
 * @param kremlinId the Kremlin's numeric id, shared by the Russian and English versions
 * @param lang language version
 * @param url the page's address
 * @param alternateUrl the page of the other language version, {@code null} when the page
 * names none
 * @param section the site section, e.g. {@code news} or {@code transcripts}
 * @param title headline
 * @param lead the lead paragraph, {@code null} when the page has none
 * @param text plain text of the body, paragraphs separated by a blank line
 * @param publishedAt publication time with the Moscow offset (for announcements without
 * one, first sighting)
 * @param place where it happened as the page says, {@code null} when not stated
 * @param tags the Kremlin's own tags
 * @param contentHash hash of title, lead and text; a change means a new revision
 * @param revision 1 at first sighting, +1 each time the text changes
 */
public record ReleaseFetched(UUID eventId, Instant occurredAt, String releaseId, long kremlinId, Lang lang, String url,
		String alternateUrl, String section, String title, String lead, String text, OffsetDateTime publishedAt,
		String place, List<String> tags, String contentHash, int revision) {

	public ReleaseFetched {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(lang, "lang");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(publishedAt, "publishedAt");
		Objects.requireNonNull(contentHash, "contentHash");
		ReleaseIds.check(releaseId, lang, kremlinId);
		if (revision < 1) {
			throw new IllegalArgumentException("revision starts at 1, got " + revision);
		}
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
