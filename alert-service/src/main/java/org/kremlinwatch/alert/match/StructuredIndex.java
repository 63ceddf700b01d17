package org.kremlinwatch.alert.match;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The subscriptions without a free-text query, in an inverted index of their own: each is
 * listed under its entities, or when it has none under its topics, and a release is
 * checked only against the lists of the entities and topics it has. Those with neither
 * (only a language and event kinds) are few and pass most releases anyway: they are
 * checked on every release. Plain hash look-ups, because running a Lucene query per
 * candidate cost more than the whole check for these. Not thread-safe: guarded by its
 * owner.
 */
final class StructuredIndex {

	private final Map<UUID, SubscriptionFilter> all = new HashMap<>();

	private final Map<String, Map<UUID, SubscriptionFilter>> byEntity = new HashMap<>();

	private final Map<String, Map<UUID, SubscriptionFilter>> byTopic = new HashMap<>();

	private final Map<UUID, SubscriptionFilter> always = new LinkedHashMap<>();

	void put(SubscriptionFilter filter) {
		remove(filter.subscriptionId());
		this.all.put(filter.subscriptionId(), filter);
		if (!filter.entities().isEmpty()) {
			list(this.byEntity, filter.entities(), filter);
		}
		else if (!filter.topics().isEmpty()) {
			list(this.byTopic, filter.topics(), filter);
		}
		else {
			this.always.put(filter.subscriptionId(), filter);
		}
	}

	boolean remove(UUID subscriptionId) {
		SubscriptionFilter filter = this.all.remove(subscriptionId);
		if (filter == null) {
			return false;
		}
		unlist(this.byEntity, filter.entities(), subscriptionId);
		unlist(this.byTopic, filter.topics(), subscriptionId);
		this.always.remove(subscriptionId);
		return true;
	}

	/** Adds the matches of every subscription here on {@code release}. */
	void collect(ReleaseView release, List<Match> matches) {
		Set<UUID> tried = new HashSet<>();
		collect(this.byEntity, release.entities().keySet(), release, tried, matches);
		collect(this.byTopic, release.topics(), release, tried, matches);
		for (SubscriptionFilter filter : this.always.values()) {
			FilterMatching.collect(filter, release, false, matches);
		}
	}

	int size() {
		return this.all.size();
	}

	/** Subscriptions checked on every release. */
	int alwaysChecked() {
		return this.always.size();
	}

	private static void collect(Map<String, Map<UUID, SubscriptionFilter>> lists, Collection<String> keys,
			ReleaseView release, Set<UUID> tried, List<Match> matches) {
		for (String key : keys) {
			Map<UUID, SubscriptionFilter> listed = lists.get(key);
			if (listed == null) {
				continue;
			}
			for (SubscriptionFilter filter : listed.values()) {
				// Listed under one key: reached once. Under several: the release may have
				// more than one of them.
				if (keyCount(filter) == 1 || tried.add(filter.subscriptionId())) {
					FilterMatching.collect(filter, release, false, matches);
				}
			}
		}
	}

	private static int keyCount(SubscriptionFilter filter) {
		return (!filter.entities().isEmpty()) ? filter.entities().size() : filter.topics().size();
	}

	private static void list(Map<String, Map<UUID, SubscriptionFilter>> lists, Set<String> keys,
			SubscriptionFilter filter) {
		for (String key : keys) {
			lists.computeIfAbsent(key, (k) -> new HashMap<>()).put(filter.subscriptionId(), filter);
		}
	}

	private static void unlist(Map<String, Map<UUID, SubscriptionFilter>> lists, Set<String> keys, UUID id) {
		for (String key : keys) {
			Map<UUID, SubscriptionFilter> listed = lists.get(key);
			if (listed != null && listed.remove(id) != null && listed.isEmpty()) {
				lists.remove(key);
			}
		}
	}

}
