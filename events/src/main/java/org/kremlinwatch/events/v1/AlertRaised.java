package org.kremlinwatch.events.v1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A subscription matched a tagged release. Topic {@code kremlin.alerts.v1}, key
 * {@code subscriptionId}.
 *
 * @param eventId unique per alert; also the webhook's {@code webhook-id}
 * @param occurredAt when the alert was raised
 * @param subscriptionId the subscription that matched
 * @param releaseId the release that matched, {@code <lang>:<kremlin id>}
 * @param kremlinId the Kremlin's numeric id
 * @param lang language version of the release
 * @param url the release's page
 * @param alternateUrl the other language version's page, {@code null} when unknown
 * @param title the release's headline
 * @param publishedAt publication time with the Moscow offset
 * @param event the event that matched, {@code null} when the release matched by topic,
 * entity or query alone
 * @param reasons why it matched, e.g. {@code event:MEETING}, {@code topic:sanctions},
 * {@code query:geneva}
 * @param dedupeKey identifies what the subscriber is told about (a meeting by
 * participants, place and date; else the release), so that five releases repeating one
 * meeting alert once
 * @param kind NEW, or UPDATED when a known event changed
 * @param changes for UPDATED, what changed, e.g.
 * {@code dateStart: 2022-01-09 -> 2022-01-10}
 */
public record AlertRaised(UUID eventId, Instant occurredAt, String subscriptionId, String releaseId, long kremlinId,
		Lang lang, String url, String alternateUrl, String title, OffsetDateTime publishedAt, ExtractedEvent event,
		List<String> reasons, String dedupeKey, AlertKind kind, List<String> changes) {

	public AlertRaised {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(occurredAt, "occurredAt");
		Objects.requireNonNull(subscriptionId, "subscriptionId");
		Objects.requireNonNull(lang, "lang");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(dedupeKey, "dedupeKey");
		Objects.requireNonNull(kind, "kind");
		ReleaseIds.check(releaseId, lang, kremlinId);
		reasons = (reasons != null) ? List.copyOf(reasons) : List.of();
		changes = (changes != null) ? List.copyOf(changes) : List.of();
	}

}
