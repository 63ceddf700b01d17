package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored-query matching, the technique of Luwak, Lucene Monitor and the percolator: every
 * subscription with a free-text query is one Lucene query, its other filters included as
 * exact terms ({@link MonitorQueries}), listed under its most selective terms as the
 * monitor's presearcher picks them ({@link StoredQueries}), so that a release is run only
 * against the few queries that could match; those are decided by {@link ReleaseMatcher}.
 * Subscriptions without a query are matched by a plain inverted index of their entities
 * and topics ({@link StructuredIndex}). Why a subscription matched is told by
 * {@link FilterMatching}, as for the loop.
 * <p>
 * {@link #replaceAll} builds a new index beside the one in use and swaps it in;
 * {@link #put} and {@link #remove} change one subscription. Thread-safe.
 */
public final class MonitorMatchIndex implements MatchIndex, AutoCloseable {

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** Subscriptions with a query. */
	private StoredQueries stored = new StoredQueries();

	/** The slot in {@link #stored} of each subscription with a query. */
	private Map<UUID, Integer> slots = new HashMap<>();

	/** Subscriptions without a query. */
	private StructuredIndex structured = new StructuredIndex();

	private volatile int lastQueriesRun;

	private volatile int lastQueriesSearched;

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		StoredQueries freshStored = new StoredQueries();
		Map<UUID, Integer> freshSlots = new HashMap<>();
		StructuredIndex freshStructured = new StructuredIndex();
		for (SubscriptionFilter filter : filters) {
			if (filter.query() == null) {
				freshStructured.put(filter);
			}
			else {
				Integer old = freshSlots.put(filter.subscriptionId(), freshStored.add(filter));
				if (old != null) {
					freshStored.remove(old);
				}
			}
		}
		this.lock.writeLock().lock();
		try {
			this.stored = freshStored;
			this.slots = freshSlots;
			this.structured = freshStructured;
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	@Override
	public void put(SubscriptionFilter filter) {
		this.lock.writeLock().lock();
		try {
			removeLocked(filter.subscriptionId());
			if (filter.query() != null) {
				this.slots.put(filter.subscriptionId(), this.stored.add(filter));
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
		Integer slot = this.slots.remove(subscriptionId);
		if (slot != null) {
			this.stored.remove(slot);
		}
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		List<Match> matches = new ArrayList<>();
		this.lock.readLock().lock();
		try {
			if (this.stored.size() > 0) {
				int[] candidates = this.stored.candidates(view);
				ReleaseMatcher matcher = new ReleaseMatcher(view, this.stored.lookedUp());
				for (int slot : candidates) {
					if (matcher.matches(this.stored.compiled(slot), this.stored.query(slot))) {
						FilterMatching.collect(this.stored.filter(slot), view, true, matches);
					}
				}
				this.lastQueriesRun = candidates.length;
				this.lastQueriesSearched = matcher.searched();
			}
			this.structured.collect(view, matches);
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

	/** Stored queries Lucene searched for on the last release: for the benchmark. */
	int lastQueriesSearched() {
		return this.lastQueriesSearched;
	}

	/** Nothing to release any more: kept so that callers need not know. */
	@Override
	public void close() {
	}

}
