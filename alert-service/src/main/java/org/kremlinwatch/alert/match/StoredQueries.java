package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.Query;

/**
 * The subscriptions with a free-text query, each listed under the terms that the
 * monitor's presearcher selects for it (its {@link MonitorQueries#WEIGHTS most selective}
 * term, or for a disjunction one per branch): a release is tried only against the queries
 * listed under a term it has. This is what the Lucene Monitor's query index does, by hash
 * look-ups instead of a Lucene search of an index of queries: with thousands of
 * candidates per release, reading each candidate's id and query back from that index (doc
 * values, UTF-8 decoding, a map) and building the presearcher's disjunction of every term
 * of the release cost more than deciding the queries. Not thread-safe: guarded by its
 * owner.
 */
final class StoredQueries implements QueryStore {

	/** Lucene Monitor's term for queries without any term to select them by. */
	private static final String ANY_FIELD = "__anytokenfield";

	private final Presearcher presearcher = MonitorQueries.presearcher();

	/** Query slots by field, then term. */
	private final Map<String, Map<String, Slots>> postings = new HashMap<>();

	/** Queries tried on every release. */
	private final Slots always = new Slots();

	private SubscriptionFilter[] filters = new SubscriptionFilter[64];

	private Query[] queries = new Query[64];

	private CompiledQuery[] compiled = new CompiledQuery[64];

	/**
	 * Where each slot is listed, for removing it: field and term, one after the other.
	 */
	private String[][] listedUnder = new String[64][];

	private int[] free = new int[16];

	private int freeCount;

	private int slotCount;

	private int size;

	/** The slot of each stored subscription. */
	private final Map<UUID, Integer> slots = new HashMap<>();

	/** What the prefix and fuzzy fields of a release need to hold. */
	private final LookedUpTerms lookedUp = new LookedUpTerms();

	@Override
	public void add(SubscriptionFilter filter) {
		int slot = (this.freeCount > 0) ? this.free[--this.freeCount] : this.slotCount++;
		if (slot >= this.filters.length) {
			int length = this.filters.length * 2;
			this.filters = Arrays.copyOf(this.filters, length);
			this.queries = Arrays.copyOf(this.queries, length);
			this.compiled = Arrays.copyOf(this.compiled, length);
			this.listedUnder = Arrays.copyOf(this.listedUnder, length);
		}
		Query query = MonitorQueries.toQuery(filter);
		String[] under = selectionTerms(query);
		this.filters[slot] = filter;
		this.queries[slot] = query;
		this.compiled[slot] = CompiledQuery.of(query);
		this.listedUnder[slot] = under;
		if (under == null) {
			this.always.add(slot);
		}
		else {
			for (int i = 0; i < under.length; i += 2) {
				this.postings.computeIfAbsent(under[i], (field) -> new HashMap<>())
					.computeIfAbsent(under[i + 1], (term) -> new Slots())
					.add(slot);
			}
		}
		this.lookedUp.add(filter.query());
		this.size++;
		this.slots.put(filter.subscriptionId(), slot);
	}

	@Override
	public void remove(UUID subscriptionId) {
		Integer slot = this.slots.remove(subscriptionId);
		if (slot != null) {
			remove(slot.intValue());
		}
	}

	/** Removes the query in {@code slot}. */
	private void remove(int slot) {
		String[] under = this.listedUnder[slot];
		if (under == null) {
			this.always.remove(slot);
		}
		else {
			for (int i = 0; i < under.length; i += 2) {
				Map<String, Slots> byTerm = this.postings.get(under[i]);
				Slots slots = byTerm.get(under[i + 1]);
				slots.remove(slot);
				if (slots.count == 0) {
					byTerm.remove(under[i + 1]);
				}
			}
		}
		this.lookedUp.remove(this.filters[slot].query());
		this.filters[slot] = null;
		this.queries[slot] = null;
		this.compiled[slot] = null;
		this.listedUnder[slot] = null;
		if (this.freeCount == this.free.length) {
			this.free = Arrays.copyOf(this.free, this.free.length * 2);
		}
		this.free[this.freeCount++] = slot;
		this.size--;
	}

	@Override
	public int size() {
		return this.size;
	}

	@Override
	public Tried match(ReleaseView release, List<Match> matches) {
		int[] candidates = candidates(release);
		ReleaseMatcher matcher = new ReleaseMatcher(release, this.lookedUp);
		for (int slot : candidates) {
			if (matcher.matches(this.compiled[slot], this.queries[slot])) {
				FilterMatching.collect(this.filters[slot], release, true, matches);
			}
		}
		return new Tried(candidates.length, matcher.searched());
	}

	/**
	 * The slots of every query listed under a term of {@code release}, each once, in slot
	 * order: the candidates, a superset of the queries that match.
	 */
	private int[] candidates(ReleaseView release) {
		long[] seen = new long[(this.slotCount + 63) >>> 6];
		this.always.markIn(seen);
		mark(seen, MonitorQueries.LANG, release.release().lang().name());
		for (String topic : release.topics()) {
			mark(seen, MonitorQueries.TOPIC, topic);
		}
		for (String entity : release.entities().keySet()) {
			mark(seen, MonitorQueries.ENTITY, entity);
		}
		for (EventKind kind : release.kinds()) {
			mark(seen, MonitorQueries.KIND, kind.name());
		}
		ReleaseText text = release.text();
		Map<String, Slots> words = this.postings.get(TextAnalysis.FIELD);
		Map<String, Slots> prefixes = this.postings.get(TextAnalysis.PREFIX_FIELD);
		Map<String, Slots> variants = this.postings.get(TextAnalysis.FUZZY_FIELD);
		if (words != null) {
			for (String term : text.sortedTerms()) {
				mark(seen, words.get(term));
			}
		}
		if (prefixes != null) {
			for (String prefix : text.prefixesIn(this.lookedUp.prefixes())) {
				mark(seen, prefixes.get(prefix));
			}
		}
		if (variants != null) {
			for (String variant : text.variantsIn(this.lookedUp.variants())) {
				mark(seen, variants.get(variant));
			}
		}
		int count = 0;
		for (long word : seen) {
			count += Long.bitCount(word);
		}
		int[] slots = new int[count];
		int at = 0;
		for (int i = 0; i < seen.length; i++) {
			for (long word = seen[i]; word != 0; word &= word - 1) {
				slots[at++] = (i << 6) + Long.numberOfTrailingZeros(word);
			}
		}
		return slots;
	}

	private void mark(long[] seen, String field, String term) {
		Map<String, Slots> byTerm = this.postings.get(field);
		if (byTerm != null) {
			mark(seen, byTerm.get(term));
		}
	}

	private static void mark(long[] seen, Slots slots) {
		if (slots != null) {
			slots.markIn(seen);
		}
	}

	/**
	 * The field and term pairs the presearcher indexes {@code query} by, or {@code null}
	 * when it must be tried on every release.
	 */
	private String[] selectionTerms(Query query) {
		Document document = this.presearcher.indexQuery(query, Map.of());
		List<String> under = new ArrayList<>();
		for (IndexableField field : document.getFields()) {
			if (field.name().equals(ANY_FIELD) || !isReleaseField(field.name())) {
				return null;
			}
			try (TokenStream terms = field.tokenStream(null, null)) {
				TermToBytesRefAttribute term = terms.addAttribute(TermToBytesRefAttribute.class);
				terms.reset();
				while (terms.incrementToken()) {
					under.add(field.name());
					under.add(term.getBytesRef().utf8ToString());
				}
				terms.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("terms in memory cannot fail", ex);
			}
		}
		return under.isEmpty() ? null : under.toArray(String[]::new);
	}

	private static boolean isReleaseField(String field) {
		return switch (field) {
			case TextAnalysis.FIELD, TextAnalysis.PREFIX_FIELD, TextAnalysis.FUZZY_FIELD, MonitorQueries.LANG,
					MonitorQueries.TOPIC, MonitorQueries.ENTITY, MonitorQueries.KIND ->
				true;
			default -> false;
		};
	}

	/** A growable list of slots. */
	private static final class Slots {

		private int[] slots = new int[2];

		private int count;

		void add(int slot) {
			if (this.count == this.slots.length) {
				this.slots = Arrays.copyOf(this.slots, this.count * 2);
			}
			this.slots[this.count++] = slot;
		}

		void remove(int slot) {
			for (int i = 0; i < this.count; i++) {
				if (this.slots[i] == slot) {
					this.slots[i] = this.slots[--this.count];
					return;
				}
			}
		}

		void markIn(long[] seen) {
			for (int i = 0; i < this.count; i++) {
				int slot = this.slots[i];
				seen[slot >>> 6] |= 1L << slot;
			}
		}

	}

}
