package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Runs the candidate queries that the monitor's presearcher picked on one release. A
 * query made only of terms (words, prefixes, a language, topics, entities, event kinds)
 * under AND / OR / NOT is decided by hash look-ups in the release's {@link ReleaseView};
 * running it as a Lucene search (rewrite, weight, scorer) cost several microseconds each,
 * most of the time per match. Any other query (phrases, fuzzy terms, long prefixes) is
 * searched by Lucene as before, so that both give the same answer.
 */
final class ReleaseMatcher extends CandidateMatcher<QueryMatch> {

	private static final int NO = 0;

	private static final int YES = 1;

	private static final int UNKNOWN = -1;

	private final ReleaseView release;

	ReleaseMatcher(IndexSearcher searcher, ReleaseView release) {
		super(searcher);
		this.release = release;
	}

	@Override
	protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
		int decided = decide(matchQuery);
		boolean matches = (decided == UNKNOWN) ? this.searcher.count(matchQuery) > 0 : decided == YES;
		if (matches) {
			addMatch(new QueryMatch(queryId), 0);
		}
	}

	@Override
	public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
		return match1;
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
		return UNKNOWN;
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
