package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored-query matching, the technique of Luwak, Lucene Monitor and the percolator: every
 * subscription with a free-text query is one Lucene query, its other filters included as
 * exact terms ({@link MonitorQueries}), kept in a {@link QueryStore} that runs a release
 * only against the few queries that could match. Subscriptions without a query are
 * matched by a plain inverted index of their entities and topics
 * ({@link StructuredIndex}). Why a subscription matched is told by
 * {@link FilterMatching}, as for the loop. What is left to the engines is the store.
 * <p>
 * {@link #replaceAll} builds a new store beside the one in use and swaps it in;
 * {@link #put} and {@link #remove} change one subscription. Thread-safe.
 */
abstract sealed class StoredQueryMatchIndex implements MatchIndex, AutoCloseable
		permits MonitorMatchIndex, LuceneMonitorMatchIndex {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Supplier<QueryStore> stores;

	/** Subscriptions with a query. */
	private QueryStore stored;

	/** Subscriptions without a query. */
	private StructuredIndex structured = new StructuredIndex();

	private volatile QueryStore.Tried lastTried = QueryStore.Tried.NOTHING;

	StoredQueryMatchIndex(Supplier<QueryStore> stores) {
		this.stores = stores;
		this.stored = stores.get();
	}

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		// The last of several filters with the same id wins, as put one by one would.
		Map<UUID, SubscriptionFilter> byId = new LinkedHashMap<>();
		filters.forEach((filter) -> byId.put(filter.subscriptionId(), filter));
		List<SubscriptionFilter> withQuery = new ArrayList<>();
		StructuredIndex freshStructured = new StructuredIndex();
		for (SubscriptionFilter filter : byId.values()) {
			if (filter.query() == null) {
				freshStructured.put(filter);
			}
			else {
				withQuery.add(filter);
			}
		}
		QueryStore fresh = this.stores.get();
		try {
			fresh.addAll(withQuery);
		}
		catch (RuntimeException ex) {
			fresh.close();
			throw ex;
		}
		QueryStore old;
		this.lock.writeLock().lock();
		try {
			old = this.stored;
			this.stored = fresh;
			this.structured = freshStructured;
		}
		finally {
			this.lock.writeLock().unlock();
		}
		old.close();
	}

	@Override
	public void put(SubscriptionFilter filter) {
		this.lock.writeLock().lock();
		try {
			removeLocked(filter.subscriptionId());
			if (filter.query() != null) {
				this.stored.add(filter);
			}
			else {
				this.structured.put(filter);
			}
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
		finally {
			this.lock.writeLock().unlock();
		}
	}

	private void removeLocked(UUID subscriptionId) {
		this.structured.remove(subscriptionId);
		this.stored.remove(subscriptionId);
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		List<Match> matches = new ArrayList<>();
		this.lock.readLock().lock();
		try {
			if (this.stored.size() > 0) {
				this.lastTried = this.stored.match(view, matches);
			}
			this.structured.collect(view, matches);
		}
		finally {
			this.lock.readLock().unlock();
		}
		return matches;
	}

	/** Stored queries run on the last release: for the benchmark. */
	int lastQueriesRun() {
		return this.lastTried.queriesRun();
	}

	/** Stored queries Lucene searched for on the last release: for the benchmark. */
	int lastQueriesSearched() {
		return this.lastTried.searched();
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
			this.stored.close();
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

}
