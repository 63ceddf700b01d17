package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryDecomposer;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The subscriptions with a query in a stock, in-memory Lucene {@link Monitor}: registered
 * and deleted by id, indexed by the same presearcher as {@link StoredQueries} uses
 * ({@link MonitorQueries#presearcher()}), and a release is a document the monitor
 * searches its query index with. The monitor's candidates are decided by a
 * {@link CandidateMatcher} (its extension point for that) from the query compiled when it
 * was registered, as {@link StoredQueries} decides its own; Lucene searches the monitor's
 * index of the release for what cannot be decided so.
 * <p>
 * Queries are not decomposed into their disjuncts: the presearcher already lists a
 * disjunction under a term of each branch, and a subscription is decided whole from its
 * compiled query (its id names it; a disjunct would need a compiled query of its own).
 * Not thread-safe for changes (guarded by its owner); {@link #match} may run on several
 * threads.
 */
final class LuceneMonitorQueries implements QueryStore {

	/**
	 * Queries registered at once: the monitor commits and refreshes its index once per
	 * call, which one by one made registering 100,000 take minutes.
	 */
	private static final int BATCH = 10_000;

	static {
		// Each release is searched once, so cached filter results are never reused,
		// while the cache's bookkeeping (hashing every query run) took most of the time
		// spent per stored query. The monitor creates its searchers itself, hence the
		// global default; nothing else in this service relies on Lucene's query cache.
		IndexSearcher.setDefaultQueryCache(null);
	}

	private final Monitor monitor;

	/** Subscriptions in the monitor by query id: read by the matchers of any thread. */
	private final Map<String, Registered> registered = new ConcurrentHashMap<>();

	/**
	 * The query id of each subscription: a short one, since the monitor reads the id of
	 * every candidate from its index, and a UUID cost a fifth of the time per candidate.
	 */
	private final Map<UUID, String> queryIds = new HashMap<>();

	private long nextQueryId;

	/** What the prefix and fuzzy fields of a release need to hold. */
	private final LookedUpTerms lookedUp = new LookedUpTerms();

	LuceneMonitorQueries() {
		MonitorConfiguration configuration = new MonitorConfiguration().setQueryDecomposer(new QueryDecomposer() {
			@Override
			public Set<Query> decompose(Query query) {
				return Set.of(query);
			}
		});
		try {
			this.monitor = new Monitor(TextAnalysis.ANALYZER, MonitorQueries.presearcher(), configuration);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void add(SubscriptionFilter filter) {
		addAll(List.of(filter));
	}

	@Override
	public void addAll(Collection<SubscriptionFilter> filters) {
		List<MonitorQuery> batch = new ArrayList<>(Math.min(BATCH, filters.size()));
		for (SubscriptionFilter filter : filters) {
			String id = Long.toString(this.nextQueryId++, Character.MAX_RADIX);
			Query query = MonitorQueries.toQuery(filter);
			this.registered.put(id, new Registered(filter, CompiledQuery.of(query)));
			this.queryIds.put(filter.subscriptionId(), id);
			this.lookedUp.add(filter.query());
			batch.add(new MonitorQuery(id, query));
			if (batch.size() == BATCH) {
				register(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			register(batch);
		}
	}

	private void register(List<MonitorQuery> batch) {
		try {
			this.monitor.register(batch);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void remove(UUID subscriptionId) {
		String id = this.queryIds.remove(subscriptionId);
		if (id == null) {
			return;
		}
		try {
			this.monitor.deleteById(id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.lookedUp.remove(this.registered.remove(id).filter().query());
	}

	@Override
	public int size() {
		return this.queryIds.size();
	}

	@Override
	public Tried match(ReleaseView release, List<Match> matches) {
		Decider[] decider = new Decider[1];
		MatchingQueries<QueryMatch> result;
		try {
			result = this.monitor.match(MonitorQueries.toDocument(release, this.lookedUp), (searcher) -> {
				decider[0] = new Decider(searcher, new ReleaseMatcher(release, this.lookedUp, searcher),
						this.registered);
				return decider[0];
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!result.getErrors().isEmpty()) {
			throw new IllegalStateException(
					"stored queries failed on " + release.release().releaseId() + ": " + result.getErrors().keySet());
		}
		for (QueryMatch match : result.getMatches()) {
			FilterMatching.collect(this.registered.get(match.getQueryId()).filter(), release, true, matches);
		}
		int searched = (decider[0] != null) ? decider[0].matcher.searched() : 0;
		return new Tried(result.getQueriesRun(), searched);
	}

	@Override
	public void close() {
		try {
			this.monitor.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A subscription in the monitor, with its query compiled once. */
	private record Registered(SubscriptionFilter filter, CompiledQuery compiled) {
	}

	/** Decides the monitor's candidates on one release, as {@link StoredQueries} does. */
	private static final class Decider extends CandidateMatcher<QueryMatch> {

		private final ReleaseMatcher matcher;

		private final Map<String, Registered> registered;

		Decider(IndexSearcher searcher, ReleaseMatcher matcher, Map<String, Registered> registered) {
			super(searcher);
			this.matcher = matcher;
			this.registered = registered;
		}

		@Override
		protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) {
			if (this.matcher.matches(this.registered.get(queryId).compiled(), matchQuery)) {
				addMatch(new QueryMatch(queryId), 0);
			}
		}

		@Override
		public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
			return match1;
		}

	}

}
