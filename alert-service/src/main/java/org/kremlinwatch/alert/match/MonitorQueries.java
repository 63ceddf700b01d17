package org.kremlinwatch.alert.match;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A subscription as one Lucene query and a release as one Lucene document, for
 * {@link MonitorMatchIndex}: the structured filters are exact terms of their own fields,
 * required (FILTER) clauses of the query, so that the monitor's presearcher can index a
 * subscription by them.
 */
final class MonitorQueries {

	static final String LANG = "lang";

	static final String TOPIC = "topic";

	static final String ENTITY = "entity";

	static final String KIND = "kind";

	/**
	 * Which term a query is indexed by: the one least likely to occur in a release. A
	 * language occurs in half of all releases and an event kind in many, a topic in a few
	 * percent; words and entities are rarer, the longer the rarer. (Lucene's default
	 * weighs by length alone, and indexed "kind:MEETING_ANNOUNCED AND rareword" by the
	 * kind.)
	 */
	static final TermWeightor WEIGHTS = TermWeightor.combine(TermWeightor.fieldWeightor(0.001, LANG),
			TermWeightor.fieldWeightor(0.01, KIND), TermWeightor.fieldWeightor(0.2, TOPIC),
			TermWeightor.lengthWeightor(3, 0.3));

	private MonitorQueries() {
	}

	/** A presearcher that indexes each query by its {@link #WEIGHTS heaviest} term. */
	static Presearcher presearcher() {
		return new TermFilteredPresearcher(WEIGHTS, List.of(), Set.of());
	}

	/** The subscription as one query: every kind of filter is a required clause. */
	static Query toQuery(SubscriptionFilter filter) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		boolean constrained = false;
		if (filter.lang() != null) {
			query.add(new TermQuery(new Term(LANG, filter.lang().name())), BooleanClause.Occur.FILTER);
			constrained = true;
		}
		constrained |= anyOf(query, TOPIC, filter.topics());
		constrained |= anyOf(query, ENTITY, filter.entities());
		constrained |= anyOf(query, KIND, filter.eventKinds().stream().map(Enum::name).toList());
		if (filter.query() != null) {
			query.add(filter.query().query(), BooleanClause.Occur.MUST);
			constrained = true;
		}
		return constrained ? query.build() : new MatchAllDocsQuery();
	}

	private static boolean anyOf(BooleanQuery.Builder query, String field, Collection<String> values) {
		if (values.isEmpty()) {
			return false;
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		values.stream()
			.sorted()
			.forEach((value) -> any.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD));
		query.add(any.build(), BooleanClause.Occur.FILTER);
		return true;
	}

	/**
	 * The release as the document every stored query runs against. Its text is analyzed
	 * once ({@link ReleaseText}); the prefix and fuzzy fields hold only the terms that
	 * some stored query looks up ({@code lookedUp}), since the others can match nothing
	 * and took most of the time spent building a release's index.
	 */
	static Document toDocument(ReleaseView view, LookedUpTerms lookedUp) {
		Document document = new Document();
		document.add(new StringField(LANG, view.release().lang().name(), Field.Store.NO));
		view.topics().forEach((topic) -> document.add(new StringField(TOPIC, topic, Field.Store.NO)));
		view.entities().keySet().forEach((entity) -> document.add(new StringField(ENTITY, entity, Field.Store.NO)));
		view.kinds().forEach((kind) -> document.add(new StringField(KIND, kind.name(), Field.Store.NO)));
		ReleaseText text = view.text();
		document.add(new TextField(TextAnalysis.FIELD, text.tokenStream()));
		document.add(new TextField(TextAnalysis.PREFIX_FIELD, text.prefixStream(lookedUp.prefixes())));
		document.add(new TextField(TextAnalysis.FUZZY_FIELD, text.fuzzyStream(lookedUp.variants())));
		return document;
	}

}
