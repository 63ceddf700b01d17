package org.kremlinwatch.events.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What extract-service found in one revision of a release. Topic
 * {@code kremlin.releases.tagged.v1}, key {@code releaseId}.
 *
 * @param eventId unique per (release, revision, extractor version)
 * @param occurredAt when the release was tagged
 * @param releaseId {@code <lang>:<kremlin id>}
 * @param kremlinId the Kremlin's numeric id
 * @param lang language version
 * @param url the page's address
 * @param title headline
 * @param publishedAt publication time with the Moscow offset
 * @param revision the revision of the release that was tagged
 * @param extractorVersion version of the extractor and its taxonomy, so that a taxonomy
 * change can be told apart
 * @param topics taxonomy topics with their evidence
 * @param entities named entities under canonical English names
 * @param events meetings, warnings and calls with their evidence
 * @param alternateUrl optional: the other language version's page
 * @param text optional: the plain text that the evidence offsets refer to, the text the
 * extractor read: the release's lead (when it has one), a blank line, then its body
 */
public record ReleaseTagged(UUID eventId, Instant occurredAt, String releaseId, long kremlinId, Lang lang, String url,
		String title, OffsetDateTime publishedAt, int revision, String extractorVersion, List<TopicMatch> topics,
		List<Entity> entities, List<ExtractedEvent> events, String alternateUrl, String text) {

	public ReleaseTagged {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(lang, "lang");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(publishedAt, "publishedAt");
		Objects.requireNonNull(extractorVersion, "extractorVersion");
		ReleaseIds.check(releaseId, lang, kremlinId);
		topics = (topics != null) ? List.copyOf(topics) : List.of();
		entities = (entities != null) ? List.copyOf(entities) : List.of();
		events = (events != null) ? List.copyOf(events) : List.of();
	}

}
