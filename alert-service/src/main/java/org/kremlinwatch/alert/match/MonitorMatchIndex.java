package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored-query matching with Lucene Monitor (the technique of Luwak and the percolator):
 * every subscription with a free-text query is one Lucene query, its other filters
 * included as exact terms ({@link MonitorQueries}), and the monitor indexes each query by
 * its most selective term, so that a release is run only against the few queries that
 * could match. Subscriptions without a query are matched by a plain inverted index of
 * their entities and topics ({@link StructuredIndex}). Why a subscription matched is told
 * by {@link FilterMatching}, as for the loop.
 * <p>
 * {@link #replaceAll} builds a new index beside the one in use and swaps it in;
 * {@link #put} and {@link #remove} change one subscription. Must be closed.
 */
public final class MonitorMatchIndex implements MatchIndex, AutoCloseable {

	private static final int BATCH = 10_000;

	static {
		// Each release is searched once, so cached filter results are never reused,
		// while the cache's bookkeeping (hashing every query run) took most of the time
		// spent per stored query. The searchers are the monitor's own, hence the global
		// default; nothing else in this service searches with Lucene.
		IndexSearcher.setDefaultQueryCache(null);
	}

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Supplier<Presearcher> presearchers;

	private Monitor monitor;

	/** Subscriptions in the monitor, by query id. */
	private Map<String, SubscriptionFilter> indexed = new HashMap<>();

	/**
	 * The query id of each subscription in the monitor: a short one, since the monitor
	 * reads the id of every query it tries from a compressed terms dictionary, and a UUID
	 * took a fifth of the time per query tried.
	 */
	private Map<UUID, String> queryIds = new HashMap<>();

	private long nextQueryId;

	/** What the prefix and fuzzy fields of a release need to hold. */
	private LookedUpTerms lookedUp = new LookedUpTerms();

	/** Subscriptions without a query. */
	private StructuredIndex structured = new StructuredIndex();

	private volatile int lastQueriesRun;

	/** An index whose monitor indexes each query by its most selective term. */
	public MonitorMatchIndex() {
		this(MonitorQueries::presearcher);
	}

	MonitorMatchIndex(Supplier<Presearcher> presearchers) {
		this.presearchers = presearchers;
		this.monitor = newMonitor();
	}

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		Monitor fresh = newMonitor();
		Map<String, SubscriptionFilter> freshIndexed = new HashMap<>();
		Map<UUID, String> freshIds = new HashMap<>();
		StructuredIndex freshStructured = new StructuredIndex();
		LookedUpTerms freshLookedUp = new LookedUpTerms();
		long ids = 0;
		try {
			List<MonitorQuery> batch = new ArrayList<>(Math.min(BATCH, filters.size()));
			for (SubscriptionFilter filter : filters) {
				if (filter.query() == null) {
					freshStructured.put(filter);
					continue;
				}
				String id = Long.toString(ids++, Character.MAX_RADIX);
				freshIndexed.put(id, filter);
				freshIds.put(filter.subscriptionId(), id);
				freshLookedUp.add(filter.query());
				batch.add(new MonitorQuery(id, MonitorQueries.toQuery(filter)));
				if (batch.size() == BATCH) {
					fresh.register(batch);
					batch.clear();
				}
			}
			fresh.register(batch);
		}
		catch (IOException | RuntimeException ex) {
			close(fresh);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
		Monitor old;
		this.lock.writeLock().lock();
		try {
			old = this.monitor;
			this.monitor = fresh;
			this.indexed = freshIndexed;
			this.queryIds = freshIds;
			this.nextQueryId = ids;
			this.structured = freshStructured;
			this.lookedUp = freshLookedUp;
		}
		finally {
			this.lock.writeLock().unlock();
		}
		close(old);
	}

	@Override
	public void put(SubscriptionFilter filter) {
		this.lock.writeLock().lock();
		try {
			removeLocked(filter.subscriptionId());
			if (filter.query() != null) {
				String id = Long.toString(this.nextQueryId++, Character.MAX_RADIX);
				this.monitor.register(new MonitorQuery(id, MonitorQueries.toQuery(filter)));
				this.indexed.put(id, filter);
				this.queryIds.put(filter.subscriptionId(), id);
				this.lookedUp.add(filter.query());
			}
			else {
				this.structured.put(filter);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	public void remove(UUID subscriptionId) {
		this.lock.writeLock().lock();
		try {
			removeLocked(subscriptionId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void removeLocked(UUID subscriptionId) throws IOException {
		this.structured.remove(subscriptionId);
		String id = this.queryIds.remove(subscriptionId);
		if (id != null) {
			this.lookedUp.remove(this.indexed.remove(id).query());
			this.monitor.deleteById(id);
		}
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		List<Match> matches = new ArrayList<>();
		this.lock.readLock().lock();
		try {
			if (!this.indexed.isEmpty()) {
				Document document = MonitorQueries.toDocument(view, this.lookedUp);
				MatchingQueries<QueryMatch> result = this.monitor.match(document,
						(searcher) -> new ReleaseMatcher(searcher, view));
				if (!result.getErrors().isEmpty()) {
					throw new IllegalStateException(
							"stored queries failed on " + release.releaseId() + ": " + result.getErrors().keySet());
				}
				this.lastQueriesRun = result.getQueriesRun();
				for (QueryMatch match : result.getMatches()) {
					FilterMatching.collect(this.indexed.get(match.getQueryId()), view, true, matches);
				}
			}
			this.structured.collect(view, matches);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.lock.readLock().unlock();
		}
		return matches;
	}

	/** Stored queries the monitor ran on the last release: for the benchmark. */
	int lastQueriesRun() {
		return this.lastQueriesRun;
	}

	/** Subscriptions without a query, matched by {@link StructuredIndex}. */
	int structuredCount() {
		this.lock.readLock().lock();
		try {
			return this.structured.size();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	@Override
	public void close() {
		this.lock.writeLock().lock();
		try {
			close(this.monitor);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private Monitor newMonitor() {
		try {
			return new Monitor(TextAnalysis.ANALYZER, this.presearchers.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(Monitor monitor) {
		try {
			monitor.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
