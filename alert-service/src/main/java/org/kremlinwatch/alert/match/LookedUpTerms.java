package org.kremlinwatch.alert.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The terms of the prefix and fuzzy fields that the stored queries look up, each counted
 * once per query that has it (under NOT too: a NOT on a term left out of the document
 * would match wrongly), so that a release's document holds only these. Not thread-safe:
 * guarded by its owner.
 */
final class LookedUpTerms {

	private final Map<String, Integer> prefixes = new HashMap<>();

	private final Map<String, Integer> variants = new HashMap<>();

	void add(TextQuery query) {
		visit(query.query(), 1);
	}

	void remove(TextQuery query) {
		visit(query.query(), -1);
	}

	Set<String> prefixes() {
		return this.prefixes.keySet();
	}

	Set<String> variants() {
		return this.variants.keySet();
	}

	private void visit(Query query, int delta) {
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				for (Term term : terms) {
					if (term.field().equals(TextAnalysis.PREFIX_FIELD)) {
						count(LookedUpTerms.this.prefixes, term.text(), delta);
					}
					else if (term.field().equals(TextAnalysis.FUZZY_FIELD)) {
						count(LookedUpTerms.this.variants, term.text(), delta);
					}
				}
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return this;
			}
		});
	}

	private static void count(Map<String, Integer> counts, String term, int delta) {
		counts.merge(term, delta, (a, b) -> (a + b == 0) ? null : a + b);
	}

}
