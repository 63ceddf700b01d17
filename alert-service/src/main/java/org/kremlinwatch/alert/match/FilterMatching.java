package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;

import org.kremlinwatch.events.v1.ExtractedEvent;

/**
 * Whether one subscription matches one release, and why: shared by both indexes, so that
 * they differ only in which subscriptions they try.
 */
final class FilterMatching {

	private FilterMatching() {
	}

	/**
	 * Adds the matches of {@code filter} on {@code release} to {@code matches}.
	 * @param queryMatched whether the free-text query is already known to match (the
	 * monitor ran it); {@code false} means it is run here
	 */
	static void collect(SubscriptionFilter filter, ReleaseView release, boolean queryMatched, List<Match> matches) {
		if (filter.lang() != null && filter.lang() != release.release().lang()) {
			return;
		}
		// Every reason string is built once per release (or per query at parse time);
		// a match costs the list that holds them.
		List<String> reasons = new ArrayList<>(4);
		if (!filter.topics().isEmpty()) {
			List<String> hits = new ArrayList<>(2);
			for (String topic : filter.topics()) {
				if (release.topics().contains(topic)) {
					hits.add(topic);
				}
			}
			if (hits.isEmpty()) {
				return;
			}
			if (hits.size() > 1) {
				hits.sort(null);
			}
			for (String topic : hits) {
				reasons.add(release.topicReason(topic));
			}
		}
		if (!filter.entities().isEmpty()) {
			int before = reasons.size();
			for (String entity : release.entities().keySet()) {
				if (filter.entities().contains(entity)) {
					reasons.add(release.entityReason(entity));
				}
			}
			if (reasons.size() == before) {
				return;
			}
		}
		if (filter.query() != null) {
			if (!queryMatched && !release.matches(filter.query().query())) {
				return;
			}
			filter.query().addReasons(release.text(), reasons);
		}
		addMatches(filter, release, reasons, matches);
	}

	private static void addMatches(SubscriptionFilter filter, ReleaseView view, List<String> reasons,
			List<Match> matches) {
		if (filter.eventKinds().isEmpty()) {
			matches.add(new Match(filter.subscriptionId(), null, reasons, view.releaseDedupeKey()));
			return;
		}
		for (ExtractedEvent event : view.release().events()) {
			for (EventKind kind : filter.eventKinds()) {
				if (kind.matches(event)) {
					List<String> eventReasons = new ArrayList<>(reasons.size() + 1);
					eventReasons.add(kind.reason());
					eventReasons.addAll(reasons);
					matches.add(new Match(filter.subscriptionId(), event, eventReasons, view.dedupeKey(event)));
					break;
				}
			}
		}
	}

}
