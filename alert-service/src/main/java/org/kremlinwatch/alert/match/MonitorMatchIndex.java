package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored-query matching with Lucene Monitor (the technique of Luwak and the percolator):
 * every subscription is one Lucene query, structured filters included (language, topics,
 * entities and event kinds as exact terms), and the monitor indexes the queries by their
 * terms, so that a release is run only against the few subscriptions that could match
 * instead of all of them. Why a subscription matched is then told by
 * {@link FilterMatching}, as for the loop.
 * <p>
 * {@link #replaceAll} builds a new monitor beside the one in use and swaps it in, so
 * matching never sees a half-loaded index. Must be closed.
 */
public final class MonitorMatchIndex implements MatchIndex, AutoCloseable {

	private static final String LANG = "lang";

	private static final String TOPIC = "topic";

	private static final String ENTITY = "entity";

	private static final String KIND = "kind";

	private static final int BATCH = 10_000;

	static {
		// Each release is searched once, so cached filter results are never reused,
		// while the cache's bookkeeping (hashing every query run) took most of the time
		// spent per stored query. The searchers are the monitor's own, hence the global
		// default; nothing else in this service searches with Lucene.
		IndexSearcher.setDefaultQueryCache(null);
	}

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private final Supplier<Presearcher> presearchers;

	private Monitor monitor;

	private List<SubscriptionFilter> filters = List.of();

	/**
	 * An index whose monitor indexes each query by its most selective term. (The
	 * multi-pass presearcher tries fewer queries per release but registers them five
	 * times slower; see BENCHMARKS.md.)
	 */
	public MonitorMatchIndex() {
		this(TermFilteredPresearcher::new);
	}

	MonitorMatchIndex(Supplier<Presearcher> presearchers) {
		this.presearchers = presearchers;
		this.monitor = newMonitor();
	}

	@Override
	public void replaceAll(Collection<SubscriptionFilter> filters) {
		Monitor fresh = newMonitor();
		List<SubscriptionFilter> byId = List.copyOf(filters);
		try {
			List<MonitorQuery> batch = new ArrayList<>(Math.min(BATCH, byId.size()));
			for (int i = 0; i < byId.size(); i++) {
				// Short ids: the monitor looks up the id of every query it tries.
				batch.add(new MonitorQuery(Integer.toString(i, Character.MAX_RADIX), toQuery(byId.get(i))));
				if (batch.size() == BATCH) {
					fresh.register(batch);
					batch.clear();
				}
			}
			fresh.register(batch);
		}
		catch (IOException | RuntimeException ex) {
			close(fresh);
			throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
		}
		Monitor old;
		this.lock.writeLock().lock();
		try {
			old = this.monitor;
			this.monitor = fresh;
			this.filters = byId;
		}
		finally {
			this.lock.writeLock().unlock();
		}
		close(old);
	}

	@Override
	public List<Match> match(ReleaseTagged release) {
		ReleaseView view = new ReleaseView(release);
		Document document = toDocument(view);
		List<Match> matches = new ArrayList<>();
		this.lock.readLock().lock();
		try {
			MatchingQueries<QueryMatch> result = this.monitor.match(document, QueryMatch.SIMPLE_MATCHER);
			if (!result.getErrors().isEmpty()) {
				throw new IllegalStateException(
						"stored queries failed on " + release.releaseId() + ": " + result.getErrors().keySet());
			}
			for (QueryMatch match : result.getMatches()) {
				SubscriptionFilter filter = this.filters.get(Integer.parseInt(match.getQueryId(), Character.MAX_RADIX));
				FilterMatching.collect(filter, view, true, matches);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.lock.readLock().unlock();
		}
		return matches;
	}

	@Override
	public void close() {
		this.lock.writeLock().lock();
		try {
			close(this.monitor);
		}
		finally {
			this.lock.writeLock().unlock();
		}
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

	private static Document toDocument(ReleaseView view) {
		Document document = new Document();
		document.add(new StringField(LANG, view.release().lang().name(), Field.Store.NO));
		view.topics().forEach((topic) -> document.add(new StringField(TOPIC, topic, Field.Store.NO)));
		view.entities().keySet().forEach((entity) -> document.add(new StringField(ENTITY, entity, Field.Store.NO)));
		view.kinds().forEach((kind) -> document.add(new StringField(KIND, kind.name(), Field.Store.NO)));
		document.add(new TextField(TextAnalysis.FIELD, view.fullText(), Field.Store.NO));
		document.add(new TextField(TextAnalysis.PREFIX_FIELD, view.fullText(), Field.Store.NO));
		return document;
	}

	private Monitor newMonitor() {
		try {
			return new Monitor(TextAnalysis.ANALYZER, this.presearchers.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(Monitor monitor) {
		try {
			monitor.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
