package org.kremlinwatch.alert.match;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kremlinwatch.events.v1.Lang;

/**
 * What one subscription watches, ready for matching. Kinds of filter are ANDed, the
 * values within one kind ORed, and an empty kind does not constrain.
 *
 * @param subscriptionId the subscription
 * @param lang only this language version, or {@code null} for both
 * @param eventKinds events asked for; empty means the release itself is what is alerted
 * @param topics taxonomy topic ids
 * @param entities canonical entity names, compared case-insensitively
 * @param query free-text query, or {@code null}
 */
public record SubscriptionFilter(UUID subscriptionId, Lang lang, Set<EventKind> eventKinds, Set<String> topics,
		Set<String> entities, TextQuery query) {

	public SubscriptionFilter {
		Objects.requireNonNull(subscriptionId, "subscriptionId");
		eventKinds = Set.copyOf(eventKinds);
		topics = Set.copyOf(topics);
		entities = entities.stream()
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

}
