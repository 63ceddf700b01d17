package org.kremlinwatch.alert.match;

/**
 * Stored-query matching ({@link StoredQueryMatchIndex}) with the stock Lucene Monitor:
 * the monitor indexes each query by the terms its presearcher picks, searches that index
 * with each release for the candidates and hands them to a matcher that decides them from
 * the compiled query ({@link LuceneMonitorQueries}). The same matches and reasons as
 * {@link MonitorMatchIndex}, slower per release (the monitor's own search of its query
 * index and a document per release), for those who want Lucene's implementation of
 * candidate selection. Must be closed.
 */
public final class LuceneMonitorMatchIndex extends StoredQueryMatchIndex {

	public LuceneMonitorMatchIndex() {
		super(LuceneMonitorQueries::new);
	}

}
