package org.kremlinwatch.alert.match;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * A free-text query over a release's title and text in Lucene's classic syntax, analyzed
 * by {@link TextAnalysis}: {@code Geneva OR Женев*}, {@code "security guarantees"},
 * {@code NATO AND (expansion OR enlargement) -Ukraine}, {@code Байден~1}. Terms side by
 * side are ORed, as in Lucene; a word the tokenizer splits ({@code Russia–NATO}) is a
 * phrase. Field names are refused: there is one field.
 */
public final class TextQuery {

	private final String source;

	private final Query query;

	private final QueryReasons reasons;

	private final String wholeReason;

	private TextQuery(String source, Query query) {
		this.source = source;
		this.query = query;
		this.reasons = QueryReasons.of(query);
		this.wholeReason = "query:" + source;
	}

	/**
	 * Parses {@code query}.
	 * @throws IllegalArgumentException with a message fit for the user when it does not
	 * parse, names a field or has no terms
	 */
	public static TextQuery parse(String query) {
		if (query == null || query.isBlank()) {
			throw new IllegalArgumentException("the query has no terms");
		}
		QueryParser parser = new QueryParser(TextAnalysis.FIELD, TextAnalysis.ANALYZER);
		parser.setDefaultOperator(QueryParser.Operator.OR);
		// Each whitespace-separated word is analyzed on its own, and a word the tokenizer
		// cuts in pieces is a phrase, not an OR of its pieces.
		parser.setSplitOnWhitespace(true);
		parser.setAutoGeneratePhraseQueries(true);
		parser.setAllowLeadingWildcard(false);
		Query parsed;
		try {
			parsed = parser.parse(query);
		}
		catch (ParseException | RuntimeException ex) {
			throw new IllegalArgumentException("not a valid Lucene query: " + firstLine(ex.getMessage()));
		}
		Set<String> fields = new LinkedHashSet<>();
		boolean[] hasTerms = { false };
		parsed.visit(new QueryVisitor() {
			@Override
			public boolean acceptField(String field) {
				fields.add(field);
				return true;
			}

			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				hasTerms[0] = true;
			}

			@Override
			public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
				hasTerms[0] = true;
			}
		});
		fields.remove(TextAnalysis.FIELD);
		if (!fields.isEmpty()) {
			throw new IllegalArgumentException("fields are not supported (" + String.join(", ", fields)
					+ ":); the query runs over title and text");
		}
		if (!hasTerms[0] || parsed instanceof MatchNoDocsQuery
				|| parsed instanceof BooleanQuery boolQuery && boolQuery.clauses().isEmpty()) {
			throw new IllegalArgumentException("the query has no terms");
		}
		return new TextQuery(query, forMatching(parsed));
	}

	/**
	 * The same query, cheaper to run against one release after another: a short enough
	 * prefix becomes a term of the prefix field, and a fuzzy term an automaton built once
	 * here instead of on every run.
	 */
	private static Query forMatching(Query query) {
		if (query instanceof PrefixQuery prefix && prefix.getPrefix().text().length() <= TextAnalysis.MAX_PREFIX) {
			return new TermQuery(new Term(TextAnalysis.PREFIX_FIELD, prefix.getPrefix().text()));
		}
		if (query instanceof FuzzyQuery fuzzy && fuzzy.getAutomata().automaton != null) {
			// The compiled automaton runs over UTF-8 bytes: say so, or Cyrillic breaks.
			Query automaton = new AutomatonQuery(fuzzy.getTerm(), fuzzy.getAutomata().automaton,
					Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
			String word = fuzzy.getTerm().text();
			if (fuzzy.getMaxEdits() != 1 || word.codePointCount(0, word.length()) != word.length()) {
				return automaton;
			}
			// A word one edit away shares a deletion variant with this one: a necessary
			// condition made of plain terms, which the monitor indexes, so that the
			// automaton runs only on releases that pass it instead of on every release.
			BooleanQuery.Builder variants = new BooleanQuery.Builder();
			DeletionVariants.of(word)
				.forEach((variant) -> variants.add(new TermQuery(new Term(TextAnalysis.FUZZY_FIELD, variant)),
						BooleanClause.Occur.SHOULD));
			return new BooleanQuery.Builder().add(variants.build(), BooleanClause.Occur.FILTER)
				.add(automaton, BooleanClause.Occur.MUST)
				.build();
		}
		if (query instanceof BoostQuery boost) {
			return new BoostQuery(forMatching(boost.getQuery()), boost.getBoost());
		}
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder rewritten = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				rewritten.add(forMatching(clause.getQuery()), clause.getOccur());
			}
			return rewritten.build();
		}
		return query;
	}

	/** The parsed Lucene query over {@link TextAnalysis#FIELD}. */
	Query query() {
		return this.query;
	}

	/**
	 * The query's terms that occur in a text with {@code textTerms}, for telling a
	 * subscriber why a release matched: words as analyzed, {@code prefix*}, phrases as
	 * words joined by spaces (whether the words stood side by side is Lucene's call).
	 * Terms under NOT are left out.
	 */
	Set<String> matchedTerms(Set<String> textTerms) {
		return this.reasons.matched(new ReleaseText(textTerms));
	}

	/**
	 * Adds why it matched {@code text} to {@code reasons}: {@code query:<term>} for each
	 * of {@link #matchedTerms(Set)}, or {@code query:<the query>} when none can tell
	 * (e.g. a fuzzy query).
	 */
	void addReasons(ReleaseText text, List<String> reasons) {
		if (!this.reasons.addReasons(text, reasons)) {
			reasons.add(this.wholeReason);
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "syntax error";
		}
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline).strip() : message.strip();
	}

	@Override
	public String toString() {
		return this.source;
	}

}
