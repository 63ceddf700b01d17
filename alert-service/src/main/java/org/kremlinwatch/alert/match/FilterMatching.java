package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		List<String> reasons = new ArrayList<>();
		if (!filter.topics().isEmpty()) {
			List<String> hits = filter.topics().stream().filter(release.topics()::contains).sorted().toList();
			if (hits.isEmpty()) {
				return;
			}
			hits.forEach((topic) -> reasons.add("topic:" + topic));
		}
		if (!filter.entities().isEmpty()) {
			List<String> hits = release.entities()
				.entrySet()
				.stream()
				.filter((entity) -> filter.entities().contains(entity.getKey()))
				.map(Map.Entry::getValue)
				.toList();
			if (hits.isEmpty()) {
				return;
			}
			hits.forEach((name) -> reasons.add("entity:" + name));
		}
		if (filter.query() != null) {
			if (!queryMatched && !release.matches(filter.query().query())) {
				return;
			}
			Set<String> terms = filter.query().matchedTerms(release.terms(), release.sortedTerms(), release.prefixes());
			if (terms.isEmpty()) {
				// Matched by something with no term to show, e.g. a fuzzy query.
				reasons.add("query:" + filter.query());
			}
			terms.forEach((term) -> reasons.add("query:" + term));
		}
		addMatches(filter, release, reasons, matches);
	}

	private static void addMatches(SubscriptionFilter filter, ReleaseView view, List<String> reasons,
			List<Match> matches) {
		if (filter.eventKinds().isEmpty()) {
			matches.add(new Match(filter.subscriptionId(), null, reasons, DedupeKeys.ofRelease(view.release())));
			return;
		}
		for (ExtractedEvent event : view.release().events()) {
			for (EventKind kind : filter.eventKinds()) {
				if (kind.matches(event)) {
					List<String> eventReasons = new ArrayList<>(reasons.size() + 1);
					eventReasons.add("event:" + kind);
					eventReasons.addAll(reasons);
					matches.add(new Match(filter.subscriptionId(), event, eventReasons, view.dedupeKey(event)));
					break;
				}
			}
		}
	}

}
