package org.kremlinwatch.alert.match;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.testsupport.Corpus;

/**
 * Match latency per release against 1,000 / 10,000 / 100,000 stored subscriptions of each
 * engine (MONITOR, LUCENE_MONITOR, LOOP), and the time of one incremental index update.
 * Not part of the build (the name matches neither *Tests nor *IT); run it with the
 * command in BENCHMARKS.md.
 */
class MatchBenchmark {

	private static final int RELEASES = 200;

	@Test
	void matchLatencyOfEachEngine() {
		for (String corpus : System.getProperty("bench.corpora", "realistic,selective,dense,real").split(",")) {
			for (int size : sizes()) {
				run(corpus, size);
			}
		}
	}

	private static void run(String corpusName, int size) {
		List<SubscriptionFilter> subscriptions;
		List<ReleaseTagged> releases;
		List<SubscriptionFilter> extra;
		if (corpusName.equals("real")) {
			RealTextCorpus corpus = new RealTextCorpus(Corpus.root(), 20220110L + size);
			subscriptions = corpus.subscriptions(size);
			releases = corpus.releases(RELEASES);
			extra = corpus.subscriptions(100);
		}
		else {
			RandomCorpus corpus = switch (corpusName) {
				case "realistic" -> RandomCorpus.realistic(20220110L + size);
				case "selective" -> RandomCorpus.realisticWithoutBroad(20220110L + size);
				default -> new RandomCorpus(20220110L + size, 0.3, 0.2);
			};
			subscriptions = corpus.subscriptions(size);
			releases = corpus.releases(RELEASES);
			extra = corpus.subscriptions(100);
		}
		System.out.printf("%s, %d subscriptions (%d without a query)%n", corpusName, size, structured(subscriptions));
		double loopAvg = loop(subscriptions, releases.subList(0, (size >= 100_000) ? 50 : RELEASES));
		try (MonitorMatchIndex monitor = new MonitorMatchIndex()) {
			measureIndex("MONITOR", monitor, subscriptions, releases, extra, loopAvg);
		}
		try (LuceneMonitorMatchIndex monitor = new LuceneMonitorMatchIndex()) {
			measureIndex("LUCENE_MONITOR", monitor, subscriptions, releases, extra, loopAvg);
		}
	}

	private static void measureIndex(String engine, StoredQueryMatchIndex index, List<SubscriptionFilter> subscriptions,
			List<ReleaseTagged> releases, List<SubscriptionFilter> extra, double loopAvg) {
		long start = System.nanoTime();
		index.replaceAll(subscriptions);
		long register = (System.nanoTime() - start) / 1_000_000;
		double update = updateTime(index, extra);
		measure(index, releases);
		double[] times = measure(index, releases);
		long queriesRun = 0;
		long searched = 0;
		long matches = 0;
		for (ReleaseTagged release : releases) {
			matches += index.match(release).size();
			queriesRun += index.lastQueriesRun();
			searched += index.lastQueriesSearched();
		}
		double avg = Arrays.stream(times).average().orElseThrow();
		System.out.printf(
				"  %-15s register %6d ms  put+remove %7.3f ms  avg/p50/p99 %7.2f / %.2f / %.2f ms"
						+ "  loop/index %5.1fx  matches/release %d  queries run/release %d  searched/release %d%n",
				engine, register, update, avg, percentile(times, 0.5), percentile(times, 0.99), loopAvg / avg,
				matches / releases.size(), queriesRun / releases.size(), searched / releases.size());
	}

	/** The loop's average milliseconds per release. */
	private static double loop(List<SubscriptionFilter> subscriptions, List<ReleaseTagged> releases) {
		LoopMatchIndex loop = new LoopMatchIndex();
		loop.replaceAll(subscriptions);
		measure(loop, releases);
		double[] times = measure(loop, releases);
		double avg = Arrays.stream(times).average().orElseThrow();
		System.out.printf("  %-15s avg/p50/p99 %7.2f / %.2f / %.2f ms (%d releases)%n", "LOOP", avg,
				percentile(times, 0.5), percentile(times, 0.99), releases.size());
		return avg;
	}

	private static long structured(List<SubscriptionFilter> subscriptions) {
		return subscriptions.stream().filter((filter) -> filter.query() == null).count();
	}

	/** Milliseconds to add one subscription and remove it again, averaged over 100. */
	private static double updateTime(MatchIndex monitor, List<SubscriptionFilter> extra) {
		long start = System.nanoTime();
		for (SubscriptionFilter filter : extra) {
			monitor.put(filter);
			monitor.remove(filter.subscriptionId());
		}
		return (System.nanoTime() - start) / 1e6 / extra.size();
	}

	private static int[] sizes() {
		return Arrays.stream(System.getProperty("bench.sizes", "1000,10000,100000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
	}

	/** Milliseconds per release. */
	private static double[] measure(MatchIndex index, List<ReleaseTagged> releases) {
		double[] times = new double[releases.size()];
		for (int i = 0; i < releases.size(); i++) {
			long start = System.nanoTime();
			index.match(releases.get(i));
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		return times;
	}

	private static double percentile(double[] times, double p) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
	}

}
