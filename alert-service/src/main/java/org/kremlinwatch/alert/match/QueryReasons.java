package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The leaves of a {@link TextQuery} that can tell why it matched (words, prefixes,
 * phrases, fuzzy automata; not those under NOT), in query order, found once at parse time
 * rather than by visiting the query at every match: that visit was a third of the time
 * per match.
 */
final class QueryReasons {

	private final List<Leaf> leaves;

	private QueryReasons(List<Leaf> leaves) {
		this.leaves = leaves;
	}

	/**
	 * Adds {@code query:<term>} for each leaf that occurs in {@code text}, each once and
	 * in query order, to {@code reasons}; the strings are built at parse time.
	 * @return whether any was added
	 */
	boolean addReasons(ReleaseText text, List<String> reasons) {
		int before = reasons.size();
		for (Leaf leaf : this.leaves) {
			switch (leaf.kind()) {
				case WORD -> {
					if (text.terms().contains(leaf.text())) {
						addOnce(reasons, before, leaf.reason());
					}
				}
				case PREFIX -> {
					if (text.hasTermStartingWith(leaf.text())) {
						addOnce(reasons, before, leaf.reason());
					}
				}
				case PHRASE -> {
					if (text.terms().containsAll(leaf.words())) {
						addOnce(reasons, before, leaf.reason());
					}
				}
				case AUTOMATON -> {
					BytesRef[] terms = text.sortedBytes();
					for (int i = 0; i < terms.length; i++) {
						if (leaf.automaton().run(terms[i].bytes, terms[i].offset, terms[i].length)) {
							addOnce(reasons, before, "query:" + text.sortedTerms().get(i));
						}
					}
				}
			}
		}
		return reasons.size() > before;
	}

	private static void addOnce(List<String> reasons, int from, String reason) {
		for (int i = from; i < reasons.size(); i++) {
			if (reasons.get(i).equals(reason)) {
				return;
			}
		}
		reasons.add(reason);
	}

	/**
	 * The terms of the reasons that {@link #addReasons} gives, without {@code query:}.
	 */
	Set<String> matched(ReleaseText text) {
		List<String> reasons = new ArrayList<>();
		addReasons(text, reasons);
		Set<String> matched = new LinkedHashSet<>();
		reasons.forEach((reason) -> matched.add(reason.substring("query:".length())));
		return matched;
	}

	/** The leaves of {@code query} that can tell why it matched. */
	static QueryReasons of(Query query) {
		List<Leaf> leaves = new ArrayList<>();
		query.visit(new QueryVisitor() {
			@Override
			public void consumeTerms(Query leaf, Term... terms) {
				if (leaf instanceof PhraseQuery) {
					List<String> words = Arrays.stream(terms).map(Term::text).toList();
					leaves.add(new Leaf(LeafKind.PHRASE, String.join(" ", words), words, null));
					return;
				}
				for (Term term : terms) {
					if (term.field().equals(TextAnalysis.PREFIX_FIELD)) {
						leaves.add(new Leaf(LeafKind.PREFIX, term.text(), List.of(), null));
					}
					else if (!term.field().equals(TextAnalysis.FUZZY_FIELD)) {
						// (A fuzzy term's variants only pre-filter: its automaton tells.)
						leaves.add(new Leaf(LeafKind.WORD, term.text(), List.of(), null));
					}
				}
			}

			@Override
			public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
				if (leaf instanceof PrefixQuery prefixQuery) {
					leaves.add(new Leaf(LeafKind.PREFIX, prefixQuery.getPrefix().text(), List.of(), null));
					return;
				}
				leaves.add(new Leaf(LeafKind.AUTOMATON, null, List.of(), automaton.get()));
			}

			@Override
			public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
				return (occur == BooleanClause.Occur.MUST_NOT) ? QueryVisitor.EMPTY_VISITOR : this;
			}
		});
		return new QueryReasons(List.copyOf(leaves));
	}

	private enum LeafKind {

		WORD, PREFIX, PHRASE, AUTOMATON

	}

	private record Leaf(LeafKind kind, String text, List<String> words, ByteRunAutomaton automaton, String reason) {

		Leaf(LeafKind kind, String text, List<String> words, ByteRunAutomaton automaton) {
			this(kind, text, words, automaton,
					(text == null) ? null : "query:" + text + ((kind == LeafKind.PREFIX) ? "*" : ""));
		}

	}

}
