package org.kremlinwatch.alert.match;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.testsupport.Corpus;

/**
 * Match latency per release against 1,000 / 10,000 / 100,000 stored subscriptions, Lucene
 * Monitor against the loop, and the time of one incremental index update. Not part of the
 * build (the name matches neither *Tests nor *IT); run it with the command in
 * BENCHMARKS.md.
 */
class MatchBenchmark {

	private static final int RELEASES = 200;

	@Test
	void matchLatencyMonitorVersusLoop() {
		System.out.println("corpus      subscriptions  register(ms)  put+remove(ms)  monitor avg/p50/p99 (ms)"
				+ "  loop avg (ms)  loop/monitor  matches/release  queries run/release  searched/release  no query");
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
		try (MonitorMatchIndex monitor = new MonitorMatchIndex()) {
			long start = System.nanoTime();
			monitor.replaceAll(subscriptions);
			long register = (System.nanoTime() - start) / 1_000_000;
			double update = updateTime(monitor, extra);
			measure(monitor, releases);
			double[] monitorTimes = measure(monitor, releases);
			long queriesRun = 0;
			long searched = 0;
			long matches = 0;
			for (ReleaseTagged release : releases) {
				matches += monitor.match(release).size();
				queriesRun += monitor.lastQueriesRun();
				searched += monitor.lastQueriesSearched();
			}
			LoopMatchIndex loop = new LoopMatchIndex();
			loop.replaceAll(subscriptions);
			List<ReleaseTagged> loopReleases = releases.subList(0, (size >= 100_000) ? 50 : RELEASES);
			measure(loop, loopReleases);
			double[] loopTimes = measure(loop, loopReleases);
			double monitorAvg = Arrays.stream(monitorTimes).average().orElseThrow();
			double loopAvg = Arrays.stream(loopTimes).average().orElseThrow();
			System.out.printf("%-10s %14d %13d %15.2f %9.2f / %.2f / %.2f %16.2f %12.1fx %16d %20d %17d %7d%n",
					corpusName, size, register, update, monitorAvg, percentile(monitorTimes, 0.5),
					percentile(monitorTimes, 0.99), loopAvg, loopAvg / monitorAvg, matches / releases.size(),
					queriesRun / releases.size(), searched / releases.size(), monitor.structuredCount());
		}
	}

	/** Milliseconds to add one subscription and remove it again, averaged over 100. */
	private static double updateTime(MonitorMatchIndex monitor, List<SubscriptionFilter> extra) {
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
