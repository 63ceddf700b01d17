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

	/** See {@link TextQuery#matchedTerms(Set, List, Set)}. */
	Set<String> matched(Set<String> textTerms, List<String> sortedTerms, Set<String> textPrefixes) {
		Set<String> matched = new LinkedHashSet<>();
		for (Leaf leaf : this.leaves) {
			switch (leaf.kind()) {
				case WORD -> {
					if (textTerms.contains(leaf.text())) {
						matched.add(leaf.text());
					}
				}
				case PREFIX -> {
					boolean known = (leaf.text().length() <= TextAnalysis.MAX_PREFIX)
							? textPrefixes.contains(leaf.text())
							: textTerms.stream().anyMatch((term) -> term.startsWith(leaf.text()));
					if (known) {
						matched.add(leaf.text() + "*");
					}
				}
				case PHRASE -> {
					if (textTerms.containsAll(leaf.words())) {
						matched.add(leaf.text());
					}
				}
				case AUTOMATON -> {
					for (String term : sortedTerms) {
						BytesRef bytes = new BytesRef(term);
						if (leaf.automaton().run(bytes.bytes, bytes.offset, bytes.length)) {
							matched.add(term);
						}
					}
				}
			}
		}
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

	private record Leaf(LeafKind kind, String text, List<String> words, ByteRunAutomaton automaton) {
	}

}
