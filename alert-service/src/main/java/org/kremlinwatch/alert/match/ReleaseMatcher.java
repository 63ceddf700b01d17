package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Runs the candidate queries that the presearcher picked on one release. A query made of
 * terms (words, prefixes, a language, topics, entities, event kinds) and exact phrases
 * under AND / OR / NOT is decided by hash look-ups in the release's {@link ReleaseView};
 * running it as a Lucene search (rewrite, weight, scorer) cost several microseconds each,
 * most of the time per match. Any other query (fuzzy terms, long prefixes) is searched by
 * Lucene in the release's document, built only when one is, so that both give the same
 * answer. One per release and thread.
 */
final class ReleaseMatcher {

	private static final int NO = 0;

	private static final int YES = 1;

	private static final int UNKNOWN = -1;

	private final ReleaseView release;

	private final LookedUpTerms lookedUp;

	private IndexSearcher searcher;

	private int searched;

	ReleaseMatcher(ReleaseView release, LookedUpTerms lookedUp) {
		this.release = release;
		this.lookedUp = lookedUp;
	}

	/** Whether the stored query {@code query} matches the release. */
	boolean matches(Query query) {
		int decided = decide(query);
		if (decided != UNKNOWN) {
			return decided == YES;
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

	private IndexSearcher searcher() {
		if (this.searcher == null) {
			MemoryIndex index = MemoryIndex.fromDocument(MonitorQueries.toDocument(this.release, this.lookedUp),
					TextAnalysis.ANALYZER);
			this.searcher = index.createSearcher();
		}
		return this.searcher;
	}

	/**
	 * Whether {@code query} matches the release, or {@link #UNKNOWN} for Lucene to say.
	 */
	int decide(Query query) {
		if (query instanceof TermQuery termQuery) {
			return term(termQuery.getTerm());
		}
		if (query instanceof BooleanQuery bool) {
			return bool(bool);
		}
		if (query instanceof ConstantScoreQuery constant) {
			return decide(constant.getQuery());
		}
		if (query instanceof BoostQuery boost && boost.getBoost() > 0) {
			return decide(boost.getQuery());
		}
		if (query instanceof MatchAllDocsQuery) {
			return YES;
		}
		if (query instanceof MatchNoDocsQuery) {
			return NO;
		}
		if (query instanceof PhraseQuery phrase) {
			return phrase(phrase);
		}
		if (query instanceof AutomatonQuery automaton) {
			return automaton(automaton);
		}
		return UNKNOWN;
	}

	/**
	 * A fuzzy term of the text field, as {@link TextQuery} compiles it: whether its
	 * automaton accepts a term of the release.
	 */
	private int automaton(AutomatonQuery query) {
		if (!query.getField().equals(TextAnalysis.FIELD) || !query.isAutomatonBinary()) {
			return UNKNOWN;
		}
		ByteRunAutomaton[] compiled = new ByteRunAutomaton[1];
		boolean[] other = { false };
		// The query hands out the automaton it compiled when it was built.
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
				compiled[0] = automaton.get();
			}

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				other[0] = true;
			}
		});
		if (compiled[0] == null || other[0]) {
			return UNKNOWN;
		}
		return yes(this.release.text().anyTermAccepted(compiled[0]));
	}

	/** An exact phrase of the text field: its terms at their positions. */
	private int phrase(PhraseQuery phrase) {
		if (phrase.getSlop() != 0 || !phrase.getField().equals(TextAnalysis.FIELD)) {
			return UNKNOWN;
		}
		Term[] terms = phrase.getTerms();
		if (terms.length == 0) {
			return NO;
		}
		return yes(this.release.text().hasPhrase(terms, phrase.getPositions()));
	}

	/**
	 * Lucene's rules: every required clause and no prohibited one; of the optional ones
	 * at least the minimum, and at least one when nothing is required; prohibited clauses
	 * alone match nothing.
	 */
	private int bool(BooleanQuery query) {
		boolean required = false;
		boolean unknown = false;
		int optional = 0;
		int optionalMatched = 0;
		for (BooleanClause clause : query.clauses()) {
			int decided = decide(clause.getQuery());
			switch (clause.getOccur()) {
				case MUST, FILTER -> {
					required = true;
					if (decided == NO) {
						return NO;
					}
					unknown |= decided == UNKNOWN;
				}
				case MUST_NOT -> {
					if (decided == YES) {
						return NO;
					}
					unknown |= decided == UNKNOWN;
				}
				case SHOULD -> {
					optional++;
					if (decided == YES) {
						optionalMatched++;
					}
					unknown |= decided == UNKNOWN;
				}
			}
		}
		if (unknown) {
			return UNKNOWN;
		}
		if (!required && optional == 0) {
			return NO;
		}
		int least = required ? query.getMinimumNumberShouldMatch() : Math.max(1, query.getMinimumNumberShouldMatch());
		return (optionalMatched >= least) ? YES : NO;
	}

	private int term(Term term) {
		String text = term.text();
		return switch (term.field()) {
			case TextAnalysis.FIELD -> yes(this.release.text().terms().contains(text));
			// Only prefixes up to MAX_PREFIX letters are terms of the prefix field.
			case TextAnalysis.PREFIX_FIELD -> yes(this.release.text().hasTermStartingWith(text));
			// Every variant a stored query looks up, NOT clauses included.
			case TextAnalysis.FUZZY_FIELD ->
				yes(this.release.text().variantsIn(this.lookedUp.variants()).contains(text));
			case MonitorQueries.LANG -> yes(this.release.release().lang().name().equals(text));
			case MonitorQueries.TOPIC -> yes(this.release.topics().contains(text));
			case MonitorQueries.ENTITY -> yes(this.release.entities().containsKey(text));
			case MonitorQueries.KIND -> yes(this.release.kinds().stream().anyMatch((kind) -> kind.name().equals(text)));
			default -> UNKNOWN;
		};
	}

	private static int yes(boolean matches) {
		return matches ? YES : NO;
	}

}
