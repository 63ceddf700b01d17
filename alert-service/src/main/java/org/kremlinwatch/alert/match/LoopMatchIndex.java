package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Matches a release by trying every subscription in turn, running each free-text query
 * against the release on its own. Linear in the number of subscriptions: the reference
 * that {@link MonitorMatchIndex} must agree with, and the baseline of the benchmark.
 */
public final class LoopMatchIndex implements MatchIndex {

	private volatile List<SubscriptionFilter> filters = List.of();

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		this.filters = List.copyOf(filters);
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		List<Match> matches = new ArrayList<>();
		for (SubscriptionFilter filter : this.filters) {
			FilterMatching.collect(filter, view, false, matches);
		}
		return matches;
	}

}
