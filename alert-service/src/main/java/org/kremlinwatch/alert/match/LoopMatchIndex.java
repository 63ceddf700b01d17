package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Matches a release by trying every subscription in turn, running each free-text query
 * against the release on its own. Linear in the number of subscriptions: the reference
 * that {@link MonitorMatchIndex} and {@link LuceneMonitorMatchIndex} must agree with, and
 * the baseline of the benchmark.
 */
public final class LoopMatchIndex implements MatchIndex {

	private volatile Map<UUID, SubscriptionFilter> filters = new ConcurrentHashMap<>();

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		Map<UUID, SubscriptionFilter> byId = new ConcurrentHashMap<>();
		filters.forEach((filter) -> byId.put(filter.subscriptionId(), filter));
		this.filters = byId;
	}

	@Override
	public void put(SubscriptionFilter filter) {
		this.filters.put(filter.subscriptionId(), filter);
	}

	@Override
	public void remove(UUID subscriptionId) {
		this.filters.remove(subscriptionId);
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		List<Match> matches = new ArrayList<>();
		for (SubscriptionFilter filter : this.filters.values()) {
			FilterMatching.collect(filter, view, false, matches);
		}
		return matches;
	}

}
