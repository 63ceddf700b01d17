package org.kremlinwatch.alert.match;

/**
 * Stored-query matching ({@link StoredQueryMatchIndex}) with our own query index: each
 * query is listed under the terms Lucene Monitor's presearcher picks for it and its
 * candidates are found by hash look-ups ({@link StoredQueries}), then decided from the
 * query compiled when stored ({@link ReleaseMatcher}); no Lucene Monitor at run time. The
 * default engine: the fastest per release.
 */
public final class MonitorMatchIndex extends StoredQueryMatchIndex {

	public MonitorMatchIndex() {
		super(StoredQueries::new);
	}

}
