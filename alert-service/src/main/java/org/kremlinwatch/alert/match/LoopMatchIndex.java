package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * Matches a release by trying every subscription in turn. Linear in the number of
 * subscriptions, but the release's words and sets are computed once per release.
 */
public final class LoopMatchIndex implements MatchIndex {

	private volatile List<SubscriptionFilter> filters = List.of();

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		this.filters = List.copyOf(filters);
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		Set<String> topics = release.topics().stream().map(TopicMatch::id).collect(Collectors.toSet());
		Set<String> entities = release.entities()
			.stream()
			.map((entity) -> entity.name().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		List<String> words = null;
		List<Match> matches = new ArrayList<>();
		for (SubscriptionFilter filter : this.filters) {
			if (filter.lang() != null && filter.lang() != release.lang()) {
				continue;
			}
			List<String> reasons = new ArrayList<>();
			if (!filter.topics().isEmpty()) {
				List<String> hits = filter.topics().stream().filter(topics::contains).sorted().toList();
				if (hits.isEmpty()) {
					continue;
				}
				hits.forEach((topic) -> reasons.add("topic:" + topic));
			}
			if (!filter.entities().isEmpty()) {
				List<String> hits = release.entities()
					.stream()
					.map(Entity::name)
					.filter((name) -> filter.entities().contains(name.toLowerCase(Locale.ROOT)))
					.toList();
				if (hits.isEmpty()) {
					continue;
				}
				hits.forEach((name) -> reasons.add("entity:" + name));
			}
			if (filter.query() != null) {
				if (words == null) {
					words = TextQuery.words(release.title() + "\n" + ((release.text() != null) ? release.text() : ""));
				}
				Set<String> terms = filter.query().matchedTerms(words);
				if (terms.isEmpty()) {
					continue;
				}
				terms.forEach((term) -> reasons.add("query:" + term));
			}
			addMatches(filter, release, reasons, matches);
		}
		return matches;
	}

	private static void addMatches(SubscriptionFilter filter, ReleaseTagged release, List<String> reasons,
			List<Match> matches) {
		if (filter.eventKinds().isEmpty()) {
			matches.add(new Match(filter.subscriptionId(), null, reasons, DedupeKeys.ofRelease(release)));
			return;
		}
		for (ExtractedEvent event : release.events()) {
			for (EventKind kind : filter.eventKinds()) {
				if (kind.matches(event)) {
					List<String> eventReasons = new ArrayList<>(reasons.size() + 1);
					eventReasons.add("event:" + kind);
					eventReasons.addAll(reasons);
					matches.add(new Match(filter.subscriptionId(), event, eventReasons,
							DedupeKeys.ofEvent(release, event)));
					break;
				}
			}
		}
	}

}
