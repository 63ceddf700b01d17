package org.kremlinwatch.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored subscription, as the API shows it.
 *
 * @param id its id
 * @param name the subscriber's label
 * @param eventTypes MEETING_ANNOUNCED, MEETING_HELD, WARNING, CALL; empty for any release
 * @param topics taxonomy topic ids
 * @param entities canonical entity names
 * @param lang {@code ru}, {@code en} or {@code null} for both
 * @param query free-text query, see {@link org.kremlinwatch.alert.match.TextQuery}
 * @param webhookUrl where webhooks go, {@code null} for none
 * @param webhookSecret the {@code whsec_} signing secret
 * @param webhookEnabled false after the receiver answered 410 Gone; an update turns it
 * back on
 * @param email address for e-mail delivery, {@code null} for none
 * @param mode IMMEDIATE or DAILY_DIGEST
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param feedToken the unguessable part of its feed addresses,
 * {@code /feeds/{feedToken}.atom} and {@code /calendar/{feedToken}.ics}
 * @param paused a paused subscription raises no alerts until it is resumed
 */
record Subscription(UUID id, String name, List<String> eventTypes, List<String> topics, List<String> entities,
		String lang, String query, String webhookUrl, String webhookSecret, boolean webhookEnabled, String email,
		String mode, Instant createdAt, Instant updatedAt, String feedToken, boolean paused) {
}
