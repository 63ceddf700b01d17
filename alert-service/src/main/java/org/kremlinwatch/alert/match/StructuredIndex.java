package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.HashMap;
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

	// Lists, not maps by id: a release walks thousands of these entries, and iterating a
	// map's table cost more than checking them; a removal scans its lists.
	private final Map<String, List<SubscriptionFilter>> byEntity = new HashMap<>();

	private final Map<String, List<SubscriptionFilter>> byTopic = new HashMap<>();

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
		// Listed where put listed it.
		if (!filter.entities().isEmpty()) {
			unlist(this.byEntity, filter.entities(), subscriptionId);
		}
		else if (!filter.topics().isEmpty()) {
			unlist(this.byTopic, filter.topics(), subscriptionId);
		}
		else {
			this.always.remove(subscriptionId);
		}
		return true;
	}

	/** Adds the matches of every subscription here on {@code release}. */
	void collect(ReleaseView release, List<Match> matches) {
		collect(this.byEntity, List.copyOf(release.entities().keySet()), release, matches);
		collect(this.byTopic, List.copyOf(release.topics()), release, matches);
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

	private static void collect(Map<String, List<SubscriptionFilter>> lists, List<String> keys, ReleaseView release,
			List<Match> matches) {
		for (int at = 0; at < keys.size(); at++) {
			List<SubscriptionFilter> listed = lists.get(keys.get(at));
			if (listed == null) {
				continue;
			}
			for (int i = 0; i < listed.size(); i++) {
				SubscriptionFilter filter = listed.get(i);
				// Listed under several keys the release may have more than one of: tried
				// under the first of them only (a few string comparisons, where a set of
				// those tried took a fifth of the time).
				if (!reachedEarlier(filter, keys, at)) {
					FilterMatching.collect(filter, release, false, matches);
				}
			}
		}
	}

	/** Whether another key of {@code filter} comes before {@code keys[at]}. */
	private static boolean reachedEarlier(SubscriptionFilter filter, List<String> keys, int at) {
		Set<String> filterKeys = (!filter.entities().isEmpty()) ? filter.entities() : filter.topics();
		if (filterKeys.size() == 1) {
			return false;
		}
		for (int before = 0; before < at; before++) {
			if (filterKeys.contains(keys.get(before))) {
				return true;
			}
		}
		return false;
	}

	private static void list(Map<String, List<SubscriptionFilter>> lists, Set<String> keys, SubscriptionFilter filter) {
		for (String key : keys) {
			lists.computeIfAbsent(key, (k) -> new ArrayList<>()).add(filter);
		}
	}

	private static void unlist(Map<String, List<SubscriptionFilter>> lists, Set<String> keys, UUID id) {
		for (String key : keys) {
			List<SubscriptionFilter> listed = lists.get(key);
			if (listed != null && listed.removeIf((filter) -> filter.subscriptionId().equals(id)) && listed.isEmpty()) {
				lists.remove(key);
			}
		}
	}

}
