package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kremlinwatch.alert.config.AlertProperties.Matching.Engine;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both stored-query engines (our own index of the presearcher's terms, and the stock
 * Lucene Monitor) find exactly what the loop over every subscription finds, with the same
 * reasons, on random subscriptions and releases (invented words, or the corpus's real
 * releases read in place): loaded at once, and after one subscription at a time was
 * added, changed or removed.
 */
class MatchIndexEquivalenceTests {

	@ParameterizedTest
	@EnumSource(names = { "MONITOR", "LUCENE_MONITOR" })
	void monitorAndLoopGiveTheSameMatchesOnRandomSubscriptionsAndReleases(Engine engine) {
		RandomCorpus corpus = new RandomCorpus(20220110L);
		assertSameMatches(engine, corpus.subscriptions(2_000), corpus.releases(100), 1);
	}

	@ParameterizedTest
	@EnumSource(names = { "MONITOR", "LUCENE_MONITOR" })
	void monitorAndLoopGiveTheSameMatchesOnARealisticMixOfSubscriptions(Engine engine) {
		RandomCorpus corpus = RandomCorpus.realistic(20220111L);
		assertSameMatches(engine, corpus.subscriptions(5_000), corpus.releases(100), 0);
	}

	@ParameterizedTest
	@EnumSource(names = { "MONITOR", "LUCENE_MONITOR" })
	void monitorAndLoopGiveTheSameMatchesOnTheCorpusRealReleases(Engine engine) {
		RealTextCorpus corpus = new RealTextCorpus(Corpus.root(), 20220113L);
		assertSameMatches(engine, corpus.subscriptions(3_000), corpus.releases(80), 1);
	}

	@ParameterizedTest
	@EnumSource(names = { "MONITOR", "LUCENE_MONITOR" })
	void monitorAndLoopStayTheSameWhenSubscriptionsAreAddedChangedAndRemovedOneByOne(Engine engine) {
		RandomCorpus corpus = RandomCorpus.realistic(20220112L);
		List<SubscriptionFilter> subscriptions = new ArrayList<>(corpus.subscriptions(1_000));
		List<ReleaseTagged> releases = corpus.releases(50);
		LoopMatchIndex loop = new LoopMatchIndex();
		loop.replaceAll(subscriptions);
		try (StoredQueryMatchIndex monitor = newIndex(engine)) {
			monitor.replaceAll(subscriptions);
			Random random = new Random(7);
			for (int i = 0; i < 600; i++) {
				int change = random.nextInt(3);
				if (change == 0 || subscriptions.isEmpty()) {
					SubscriptionFilter added = corpus.subscription();
					subscriptions.add(added);
					loop.put(added);
					monitor.put(added);
				}
				else {
					SubscriptionFilter old = subscriptions.remove(random.nextInt(subscriptions.size()));
					if (change == 1) {
						// The same subscription now watching something else.
						SubscriptionFilter fresh = corpus.subscription();
						SubscriptionFilter changed = new SubscriptionFilter(old.subscriptionId(), fresh.lang(),
								fresh.eventKinds(), fresh.topics(), fresh.entities(), fresh.query());
						subscriptions.add(changed);
						loop.put(changed);
						monitor.put(changed);
					}
					else {
						loop.remove(old.subscriptionId());
						monitor.remove(old.subscriptionId());
					}
				}
			}
			int total = 0;
			for (ReleaseTagged release : releases) {
				Set<String> expected = described(loop.match(release));
				assertThat(described(monitor.match(release))).as(release.title()).isEqualTo(expected);
				total += expected.size();
			}
			assertThat(total).isPositive();
		}
	}

	private static void assertSameMatches(Engine engine, List<SubscriptionFilter> subscriptions,
			List<ReleaseTagged> releases, int leastPerRelease) {
		LoopMatchIndex loop = new LoopMatchIndex();
		loop.replaceAll(subscriptions);
		try (StoredQueryMatchIndex monitor = newIndex(engine)) {
			monitor.replaceAll(subscriptions);
			int total = 0;
			for (ReleaseTagged release : releases) {
				Set<String> expected = described(loop.match(release));
				assertThat(described(monitor.match(release))).as(release.title()).isEqualTo(expected);
				total += expected.size();
			}
			// Enough matches, and few enough, that the comparison says something.
			assertThat(total).isBetween(Math.max(releases.size() * leastPerRelease, 50),
					releases.size() * subscriptions.size() / 4);
		}
	}

	private static StoredQueryMatchIndex newIndex(Engine engine) {
		return switch (engine) {
			case MONITOR -> new MonitorMatchIndex();
			case LUCENE_MONITOR -> new LuceneMonitorMatchIndex();
			case LOOP -> throw new IllegalArgumentException("the loop is the reference");
		};
	}

	private static Set<String> described(List<Match> matches) {
		return matches.stream()
			.map((match) -> match.subscriptionId() + " " + match.dedupeKey() + " " + match.reasons())
			.collect(Collectors.toSet());
	}

}
