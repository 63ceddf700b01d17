package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Runs the candidate queries that the presearcher picked on one release. A query of terms
 * (words, prefixes, fuzzy variants, a language, topics, entities, event kinds), exact
 * phrases and fuzzy automata under AND / OR / NOT is decided by look-ups in the release's
 * {@link ReleaseView}, as {@link CompiledQuery compiled} when it was stored; running it
 * as a Lucene search (rewrite, weight, scorer) cost several microseconds each, most of
 * the time per match. Any other query (long prefixes) is searched by Lucene in the
 * release's document, built only when one is, so that both give the same answer. One per
 * release and thread.
 */
final class ReleaseMatcher {

	private final ReleaseView release;

	private final LookedUpTerms lookedUp;

	private Set<String> variants;

	private IndexSearcher searcher;

	private int searched;

	ReleaseMatcher(ReleaseView release, LookedUpTerms lookedUp) {
		this(release, lookedUp, null);
	}

	/**
	 * A matcher that searches {@code searcher}, an index of the release's
	 * {@link MonitorQueries#toDocument document} built already, instead of building one.
	 */
	ReleaseMatcher(ReleaseView release, LookedUpTerms lookedUp, IndexSearcher searcher) {
		this.release = release;
		this.lookedUp = lookedUp;
		this.searcher = searcher;
	}

	/** Whether the stored query {@code query}, compiled as {@code compiled}, matches. */
	boolean matches(CompiledQuery compiled, Query query) {
		int decided = compiled.decide(this);
		if (decided != CompiledQuery.UNKNOWN) {
			return decided == CompiledQuery.YES;
		}
		this.searched++;
		try {
			return searcher().count(query) > 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("an index in memory cannot fail", ex);
		}
	}

	/** Queries Lucene had to search for: for the benchmark. */
	int searched() {
		return this.searched;
	}

	ReleaseView release() {
		return this.release;
	}

	ReleaseText text() {
		return this.release.text();
	}

	/** The release's fuzzy-field terms: every variant a stored query looks up. */
	Set<String> variants() {
		if (this.variants == null) {
			this.variants = this.release.text().variantsIn(this.lookedUp.variants());
		}
		return this.variants;
	}

	private IndexSearcher searcher() {
		if (this.searcher == null) {
			MemoryIndex index = MemoryIndex.fromDocument(MonitorQueries.toDocument(this.release, this.lookedUp),
					TextAnalysis.ANALYZER);
			this.searcher = index.createSearcher();
		}
		return this.searcher;
	}

}
