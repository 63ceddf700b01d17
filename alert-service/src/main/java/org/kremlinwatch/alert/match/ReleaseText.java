package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A release's title and text analyzed once (by {@link TextAnalysis#ANALYZER}) and kept as
 * tokens: the document of the monitor replays them, and why-it-matched looks its terms
 * up, instead of each analyzing the text again (three fields and the terms took most of
 * the fixed cost of a release).
 */
final class ReleaseText {

	private final String[] tokens;

	private final int[] increments;

	private final int[] starts;

	private final int[] ends;

	private final Set<String> terms;

	private final String[] sorted;

	private BytesRef[] sortedBytes;

	private Map<String, int[]> positions;

	private BytesRef[] byteSorted;

	private Set<String> variants;

	private Set<String> prefixes;

	private Set<String> prefixesWanted;

	private Set<String> variantsWanted;

	ReleaseText(String text) {
		List<String> tokens = new ArrayList<>();
		List<int[]> attributes = new ArrayList<>();
		try (TokenStream stream = TextAnalysis.ANALYZER.tokenStream(TextAnalysis.FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
				attributes
					.add(new int[] { increment.getPositionIncrement(), offset.startOffset(), offset.endOffset() });
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		this.tokens = tokens.toArray(String[]::new);
		this.increments = attributes.stream().mapToInt((a) -> a[0]).toArray();
		this.starts = attributes.stream().mapToInt((a) -> a[1]).toArray();
		this.ends = attributes.stream().mapToInt((a) -> a[2]).toArray();
		this.terms = Collections.unmodifiableSet(new HashSet<>(tokens));
		this.sorted = this.terms.toArray(String[]::new);
		Arrays.sort(this.sorted);
	}

	/** Terms already analyzed, in no order: for telling why, not for a document. */
	ReleaseText(Set<String> terms) {
		this.tokens = terms.toArray(String[]::new);
		this.increments = new int[this.tokens.length];
		Arrays.fill(this.increments, 1);
		this.starts = new int[this.tokens.length];
		this.ends = this.starts;
		this.terms = Set.copyOf(terms);
		this.sorted = this.tokens.clone();
		Arrays.sort(this.sorted);
	}

	/** The distinct terms. */
	Set<String> terms() {
		return this.terms;
	}

	/** The distinct terms in order. */
	List<String> sortedTerms() {
		return Arrays.asList(this.sorted);
	}

	/** The distinct terms in order, as UTF-8, for running automata over them. */
	BytesRef[] sortedBytes() {
		if (this.sortedBytes == null) {
			this.sortedBytes = Arrays.stream(this.sorted).map(BytesRef::new).toArray(BytesRef[]::new);
		}
		return this.sortedBytes;
	}

	/**
	 * Whether {@code terms} stand at {@code offsets} from one another somewhere in the
	 * text: an exact phrase, as Lucene matches it (positions advance by each token's
	 * increment from -1).
	 */
	boolean hasPhrase(String[] terms, int[] offsets) {
		Map<String, int[]> positions = positions();
		int[][] at = new int[terms.length][];
		for (int i = 0; i < terms.length; i++) {
			at[i] = positions.get(terms[i]);
			if (at[i] == null) {
				return false;
			}
		}
		for (int first : at[0]) {
			int start = first - offsets[0];
			boolean all = true;
			for (int i = 1; i < terms.length && all; i++) {
				all = Arrays.binarySearch(at[i], start + offsets[i]) >= 0;
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private Map<String, int[]> positions() {
		if (this.positions == null) {
			Map<String, int[]> positions = new HashMap<>();
			Map<String, Integer> counts = new HashMap<>();
			for (String token : this.tokens) {
				counts.merge(token, 1, Integer::sum);
			}
			int position = -1;
			for (int i = 0; i < this.tokens.length; i++) {
				position += this.increments[i];
				int[] list = positions.computeIfAbsent(this.tokens[i], (term) -> new int[counts.get(term) + 1]);
				// The last cell counts the positions filled so far.
				list[list[list.length - 1]++] = position;
			}
			positions.replaceAll((term, list) -> Arrays.copyOf(list, list.length - 1));
			this.positions = positions;
		}
		return this.positions;
	}

	/**
	 * Whether {@code automaton} (over UTF-8) accepts any term: a walk of the terms in
	 * byte order that steps each shared start once and skips every term under a start the
	 * automaton rejects, as Lucene's intersection of an automaton with a terms dictionary
	 * does, instead of running it over every term (a fuzzy term rejects nearly every term
	 * after a letter or two).
	 */
	boolean anyTermAccepted(ByteRunAutomaton automaton) {
		BytesRef[] terms = byteSorted();
		int longest = 0;
		for (BytesRef term : terms) {
			longest = Math.max(longest, term.length);
		}
		// states[d]: the state after the first d bytes of the previous term.
		int[] states = new int[longest + 1];
		int known = 0;
		BytesRef previous = null;
		int at = 0;
		while (at < terms.length) {
			BytesRef term = terms[at];
			int depth = (previous != null) ? Math.min(known, sharedStart(previous, term)) : 0;
			int state = states[depth];
			while (depth < term.length) {
				state = automaton.step(state, term.bytes[term.offset + depth] & 0xff);
				if (state == -1) {
					break;
				}
				states[++depth] = state;
			}
			previous = term;
			if (state != -1) {
				if (automaton.isAccept(state)) {
					return true;
				}
				known = depth;
				at++;
			}
			else {
				// Rejected at byte depth: so is every term that starts the same way.
				known = depth;
				at = firstNotStartingLike(terms, at, depth + 1);
			}
		}
		return false;
	}

	private BytesRef[] byteSorted() {
		if (this.byteSorted == null) {
			// String order is UTF-8 byte order but for surrogate pairs, which sort
			// below U+E000-U+FFFF as UTF-16 and above them as UTF-8.
			boolean surrogates = false;
			for (String term : this.sorted) {
				for (int i = 0; i < term.length() && !surrogates; i++) {
					surrogates = Character.isSurrogate(term.charAt(i));
				}
			}
			BytesRef[] terms = sortedBytes();
			if (surrogates) {
				terms = terms.clone();
				Arrays.sort(terms);
			}
			this.byteSorted = terms;
		}
		return this.byteSorted;
	}

	private static int sharedStart(BytesRef a, BytesRef b) {
		int mismatch = Arrays.mismatch(a.bytes, a.offset, a.offset + a.length, b.bytes, b.offset, b.offset + b.length);
		return (mismatch < 0) ? a.length : mismatch;
	}

	/**
	 * The index of the first term after {@code from} that does not start with the first
	 * {@code length} bytes of {@code terms[from]}; those that do follow it in byte order.
	 */
	private static int firstNotStartingLike(BytesRef[] terms, int from, int length) {
		BytesRef start = terms[from];
		// Most such runs are short: gallop, then search the last step.
		int low = from + 1;
		int step = 1;
		while (low < terms.length && sharedStart(start, terms[low]) >= length) {
			low += step;
			step <<= 1;
		}
		int high = Math.min(low, terms.length);
		low = Math.max(from + 1, low - (step >>> 1));
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sharedStart(start, terms[middle]) >= length) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * Those starts (up to {@link TextAnalysis#MAX_PREFIX} letters) of the terms that are
	 * in {@code wanted}, found once per release; then {@link #hasTermStartingWith} looks
	 * those up.
	 */
	Set<String> prefixesIn(Set<String> wanted) {
		if (this.prefixes != null && this.prefixesWanted == wanted) {
			return this.prefixes;
		}
		Set<String> found = new HashSet<>();
		if (!wanted.isEmpty()) {
			for (String term : this.sorted) {
				for (int end = 1; end <= Math.min(term.length(), TextAnalysis.MAX_PREFIX); end++) {
					String prefix = term.substring(0, end);
					if (wanted.contains(prefix)) {
						found.add(prefix);
					}
				}
			}
		}
		this.prefixes = found;
		this.prefixesWanted = wanted;
		return found;
	}

	/** Whether a term starts with {@code prefix}: a binary search, no set of prefixes. */
	boolean hasTermStartingWith(String prefix) {
		if (this.prefixes != null && this.prefixesWanted.contains(prefix)) {
			return this.prefixes.contains(prefix);
		}
		int at = Arrays.binarySearch(this.sorted, prefix);
		int ceiling = (at >= 0) ? at : -at - 1;
		return ceiling < this.sorted.length && this.sorted[ceiling].startsWith(prefix);
	}

	/** The text field's tokens again, with their positions and offsets. */
	TokenStream tokenStream() {
		return new Replay(this.tokens, this.increments, this.starts, this.ends);
	}

	/**
	 * Those starts (up to {@link TextAnalysis#MAX_PREFIX} letters) of the terms that are
	 * in {@code wanted}: the prefix field as far as any stored query can look it up.
	 */
	TokenStream prefixStream(Set<String> wanted) {
		return terms(prefixesIn(wanted));
	}

	/**
	 * Those deletion variants of the terms that are in {@code wanted}: the fuzzy field as
	 * far as any stored query can look it up.
	 */
	TokenStream fuzzyStream(Set<String> wanted) {
		return terms(variantsIn(wanted));
	}

	/**
	 * Those deletion variants of the terms that are in {@code wanted}, found once per
	 * release ({@code wanted} is the same for every query run on it).
	 */
	Set<String> variantsIn(Set<String> wanted) {
		if (this.variants != null && this.variantsWanted == wanted) {
			return this.variants;
		}
		Set<String> found = new HashSet<>();
		if (!wanted.isEmpty()) {
			for (String term : this.sorted) {
				// DeletionVariants.of without its set: the term, then each one-letter
				// deletion.
				if (wanted.contains(term)) {
					found.add(term);
				}
				for (int i = 0; term.length() > 1 && i < term.length(); i++) {
					String variant = term.substring(0, i) + term.substring(i + 1);
					if (wanted.contains(variant)) {
						found.add(variant);
					}
				}
			}
		}
		this.variants = found;
		this.variantsWanted = wanted;
		return found;
	}

	private static TokenStream terms(Collection<String> terms) {
		String[] tokens = terms.toArray(String[]::new);
		int[] ones = new int[tokens.length];
		Arrays.fill(ones, 1);
		return new Replay(tokens, ones, new int[tokens.length], new int[tokens.length]);
	}

	/** Tokens analyzed before, played back. */
	private static final class Replay extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

		private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

		private final String[] tokens;

		private final int[] increments;

		private final int[] starts;

		private final int[] ends;

		private int next;

		Replay(String[] tokens, int[] increments, int[] starts, int[] ends) {
			this.tokens = tokens;
			this.increments = increments;
			this.starts = starts;
			this.ends = ends;
		}

		@Override
		public boolean incrementToken() {
			if (this.next >= this.tokens.length) {
				return false;
			}
			clearAttributes();
			this.term.setEmpty().append(this.tokens[this.next]);
			this.increment.setPositionIncrement(this.increments[this.next]);
			this.offset.setOffset(this.starts[this.next], this.ends[this.next]);
			this.next++;
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			this.next = 0;
		}

	}

}
