package org.kremlinwatch.alert.match;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The subscriptions with a free-text query of a {@link StoredQueryMatchIndex}: how they
 * are indexed by their queries' terms and which of them a release is run against is what
 * the engines differ in ({@link StoredQueries}: our own hash look-ups;
 * {@link LuceneMonitorQueries}: the stock Lucene Monitor). Not thread-safe: guarded by
 * its owner.
 */
interface QueryStore extends AutoCloseable {

	/** Stores {@code filter}, which has a query and whose id is not stored yet. */
	void add(SubscriptionFilter filter);

	/** Stores each of {@code filters}, as {@link #add} one by one would. */
	default void addAll(Collection<SubscriptionFilter> filters) {
		filters.forEach(this::add);
	}

	/** Removes one subscription; nothing happens when it is not there. */
	void remove(UUID subscriptionId);

	int size();

	/**
	 * Adds the matches of every stored subscription on {@code release} to
	 * {@code matches}; may be called by several threads at once.
	 */
	Tried match(ReleaseView release, List<Match> matches);

	@Override
	default void close() {
	}

	/**
	 * What matching one release took, for the benchmark.
	 *
	 * @param queriesRun candidate queries decided
	 * @param searched those of them that Lucene had to search for
	 */
	record Tried(int queriesRun, int searched) {

		static final Tried NOTHING = new Tried(0, 0);

	}

}
