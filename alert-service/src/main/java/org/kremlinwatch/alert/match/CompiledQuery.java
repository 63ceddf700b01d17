package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A stored query compiled once, when it is stored, into a tree that
 * {@link ReleaseMatcher} decides by look-ups in the release: terms of the text, prefix,
 * fuzzy, language, topic, entity and kind fields, exact phrases and fuzzy automata under
 * AND / OR / NOT, with Lucene's boolean rules. Walking the Lucene query itself at every
 * candidate (type tests, clause lists, decoding each term's UTF-8) was most of the time
 * per match. What it cannot decide ({@link #UNKNOWN}) Lucene searches.
 */
abstract class CompiledQuery {

	static final int NO = 0;

	static final int YES = 1;

	static final int UNKNOWN = -1;

	private static final CompiledQuery ALWAYS = constant(YES);

	private static final CompiledQuery NEVER = constant(NO);

	private static final CompiledQuery LUCENE = constant(UNKNOWN);

	/**
	 * {@link #YES}, {@link #NO} or {@link #UNKNOWN} on the release of {@code matcher}.
	 */
	abstract int decide(ReleaseMatcher matcher);

	static CompiledQuery of(Query query) {
		if (query instanceof TermQuery termQuery) {
			return term(termQuery.getTerm());
		}
		if (query instanceof BooleanQuery bool) {
			return bool(bool);
		}
		if (query instanceof ConstantScoreQuery constant) {
			return of(constant.getQuery());
		}
		if (query instanceof BoostQuery boost && boost.getBoost() > 0) {
			return of(boost.getQuery());
		}
		if (query instanceof MatchAllDocsQuery) {
			return ALWAYS;
		}
		if (query instanceof MatchNoDocsQuery) {
			return NEVER;
		}
		if (query instanceof PhraseQuery phrase) {
			return phrase(phrase);
		}
		if (query instanceof AutomatonQuery automaton) {
			return automaton(automaton);
		}
		return LUCENE;
	}

	private static CompiledQuery term(Term term) {
		String text = term.text();
		return switch (term.field()) {
			case TextAnalysis.FIELD -> of((matcher) -> matcher.text().terms().contains(text));
			// Only prefixes up to MAX_PREFIX letters are terms of the prefix field.
			case TextAnalysis.PREFIX_FIELD -> of((matcher) -> matcher.text().hasTermStartingWith(text));
			case TextAnalysis.FUZZY_FIELD -> of((matcher) -> matcher.variants().contains(text));
			case MonitorQueries.LANG -> of((matcher) -> matcher.release().release().lang().name().equals(text));
			case MonitorQueries.TOPIC -> of((matcher) -> matcher.release().topics().contains(text));
			case MonitorQueries.ENTITY -> of((matcher) -> matcher.release().entities().containsKey(text));
			case MonitorQueries.KIND -> kind(text);
			default -> LUCENE;
		};
	}

	private static CompiledQuery kind(String name) {
		for (EventKind kind : EventKind.values()) {
			if (kind.name().equals(name)) {
				return of((matcher) -> matcher.release().kinds().contains(kind));
			}
		}
		return NEVER;
	}

	/**
	 * Lucene's rules: every required clause and no prohibited one; of the optional ones
	 * at least the minimum, and at least one when nothing is required; prohibited clauses
	 * alone match nothing.
	 */
	private static CompiledQuery bool(BooleanQuery query) {
		List<CompiledQuery> required = new ArrayList<>();
		List<CompiledQuery> prohibited = new ArrayList<>();
		List<CompiledQuery> optional = new ArrayList<>();
		for (BooleanClause clause : query.clauses()) {
			CompiledQuery compiled = of(clause.getQuery());
			switch (clause.getOccur()) {
				case MUST, FILTER -> required.add(compiled);
				case MUST_NOT -> prohibited.add(compiled);
				case SHOULD -> optional.add(compiled);
			}
		}
		if (required.isEmpty() && optional.isEmpty()) {
			return NEVER;
		}
		int least = !required.isEmpty() ? query.getMinimumNumberShouldMatch()
				: Math.max(1, query.getMinimumNumberShouldMatch());
		return new Bool(required.toArray(CompiledQuery[]::new), prohibited.toArray(CompiledQuery[]::new),
				optional.toArray(CompiledQuery[]::new), least);
	}

	/** An exact phrase of the text field: its terms at their positions. */
	private static CompiledQuery phrase(PhraseQuery phrase) {
		if (phrase.getSlop() != 0 || !phrase.getField().equals(TextAnalysis.FIELD)) {
			return LUCENE;
		}
		Term[] terms = phrase.getTerms();
		if (terms.length == 0) {
			return NEVER;
		}
		String[] words = new String[terms.length];
		for (int i = 0; i < terms.length; i++) {
			words[i] = terms[i].text();
		}
		int[] positions = phrase.getPositions();
		return of((matcher) -> matcher.text().hasPhrase(words, positions));
	}

	/**
	 * A fuzzy term of the text field, as {@link TextQuery} compiles it: whether its
	 * automaton accepts a term of the release.
	 */
	private static CompiledQuery automaton(AutomatonQuery query) {
		if (!query.getField().equals(TextAnalysis.FIELD) || !query.isAutomatonBinary()) {
			return LUCENE;
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
			return LUCENE;
		}
		ByteRunAutomaton automaton = compiled[0];
		return of((matcher) -> matcher.text().anyTermAccepted(automaton));
	}

	private static CompiledQuery of(Test test) {
		return new CompiledQuery() {
			@Override
			int decide(ReleaseMatcher matcher) {
				return test.test(matcher) ? YES : NO;
			}
		};
	}

	private static CompiledQuery constant(int decided) {
		return new CompiledQuery() {
			@Override
			int decide(ReleaseMatcher matcher) {
				return decided;
			}
		};
	}

	@FunctionalInterface
	private interface Test {

		boolean test(ReleaseMatcher matcher);

	}

	private static final class Bool extends CompiledQuery {

		private final CompiledQuery[] required;

		private final CompiledQuery[] prohibited;

		private final CompiledQuery[] optional;

		private final int least;

		Bool(CompiledQuery[] required, CompiledQuery[] prohibited, CompiledQuery[] optional, int least) {
			this.required = required;
			this.prohibited = prohibited;
			this.optional = optional;
			this.least = least;
		}

		@Override
		int decide(ReleaseMatcher matcher) {
			boolean unknown = false;
			for (CompiledQuery clause : this.required) {
				int decided = clause.decide(matcher);
				if (decided == NO) {
					return NO;
				}
				unknown |= decided == UNKNOWN;
			}
			for (CompiledQuery clause : this.prohibited) {
				int decided = clause.decide(matcher);
				if (decided == YES) {
					return NO;
				}
				unknown |= decided == UNKNOWN;
			}
			int matched = 0;
			for (CompiledQuery clause : this.optional) {
				int decided = clause.decide(matcher);
				if (decided == YES && ++matched >= this.least && !unknown) {
					// The others cannot undo it.
					return YES;
				}
				unknown |= decided == UNKNOWN;
			}
			if (unknown) {
				return UNKNOWN;
			}
			return (matched >= this.least) ? YES : NO;
		}

	}

}
