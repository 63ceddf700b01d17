package org.kremlinwatch.alert.match;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.ReleaseTagged;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene Monitor finds exactly what the loop over every subscription finds, with the
 * same reasons, on random subscriptions and releases.
 */
class MatchIndexEquivalenceTests {

	@Test
	void monitorAndLoopGiveTheSameMatchesOnRandomSubscriptionsAndReleases() {
		RandomCorpus corpus = new RandomCorpus(20220110L);
		List<SubscriptionFilter> subscriptions = corpus.subscriptions(2_000);
		List<ReleaseTagged> releases = corpus.releases(100);
		LoopMatchIndex loop = new LoopMatchIndex();
		loop.replaceAll(subscriptions);
		try (MonitorMatchIndex monitor = new MonitorMatchIndex()) {
			monitor.replaceAll(subscriptions);

			int total = 0;
			long tl = 0, tm = 0;
			for (ReleaseTagged release : releases) {
				long t0 = System.nanoTime();
				Set<String> expected = described(loop.match(release));
				long t1 = System.nanoTime();
				Set<String> actual = described(monitor.match(release));
				tm += System.nanoTime() - t1;
				tl += t1 - t0;
				assertThat(actual).as(release.title()).isEqualTo(expected);
				total += expected.size();
			}
			System.out.println("TIMING loop=" + tl / 1_000_000 + "ms monitor=" + tm / 1_000_000 + "ms total=" + total);
			// Enough matches, and few enough, that the comparison says something.
			assertThat(total).isBetween(releases.size(), releases.size() * subscriptions.size() / 4);
		}
	}

	private static Set<String> described(List<Match> matches) {
		return matches.stream()
			.map((match) -> match.subscriptionId() + " " + match.dedupeKey() + " " + match.reasons())
			.collect(Collectors.toSet());
	}

}
