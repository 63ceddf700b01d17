package org.kremlinwatch.extract.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which groups of needles occur in a text, found in one pass over it (an Aho–Corasick
 * automaton). A cue of many families has some two hundred needles, a language's topic
 * rules some hundreds: {@code String.contains} for each of them scans every sentence as
 * many times, while the automaton reads each character once. Needles and text are
 * compared as they are (the rules lower-case both).
 */
public final class NeedleScan {

	/** Characters by class: 0 for a character no needle holds. */
	private final char[] classOf = new char[Character.MAX_VALUE + 1];

	/** The number of character classes. */
	private final int width;

	/** The next state, by state times {@link #width} plus class. */
	private final int[] next;

	/** The groups of the needles that end at a state or at a suffix of it, or null. */
	private final int[][] ends;

	/** The same as bits, for scans of at most 64 groups. */
	private final long[] found;

	private final int groups;

	/**
	 * @param groups the needles of each group; a group without needles never occurs
	 */
	public NeedleScan(List<List<String>> groups) {
		this(groups, '\0', '\0');
	}

	/**
	 * A scan that reads {@code from} as {@code to}, in the needles and in the text: ё as
	 * е, say, the way the Russian stemmer spells it. It finds a group wherever the plain
	 * scan does, and also where only the spelling differs.
	 * @param needles the needles of each group; a group without needles never occurs
	 * @param from a character read as {@code to}, or {@code '\0'} for none
	 * @param to the character it is read as
	 */
	public NeedleScan(List<List<String>> needles, char from, char to) {
		List<List<String>> groups = (from == '\0') ? needles
				: needles.stream().map((group) -> group.stream().map((n) -> n.replace(from, to)).toList()).toList();
		this.groups = groups.size();
		int classes = 1;
		for (List<String> group : groups) {
			for (String needle : group) {
				for (char c : needle.toCharArray()) {
					if (this.classOf[c] == 0) {
						this.classOf[c] = (char) classes++;
					}
				}
			}
		}
		if (from != '\0') {
			if (this.classOf[to] == 0) {
				this.classOf[to] = (char) classes++;
			}
			this.classOf[from] = this.classOf[to];
		}
		this.width = classes;
		// The trie of the needles; -1 where no needle goes on.
		List<int[]> children = new ArrayList<>();
		List<List<Integer>> ending = new ArrayList<>();
		children.add(absent(classes));
		ending.add(new ArrayList<>());
		for (int g = 0; g < groups.size(); g++) {
			for (String needle : groups.get(g)) {
				int state = 0;
				for (char c : needle.toCharArray()) {
					int child = children.get(state)[this.classOf[c]];
					if (child < 0) {
						child = children.size();
						children.add(absent(classes));
						ending.add(new ArrayList<>());
						children.get(state)[this.classOf[c]] = child;
					}
					state = child;
				}
				if (!ending.get(state).contains(g)) {
					ending.get(state).add(g);
				}
			}
		}
		// Breadth first, each state's transitions completed from its longest proper
		// suffix in the trie, which is shallower and so already complete.
		int states = children.size();
		this.next = new int[states * classes];
		this.ends = new int[states][];
		int[] suffix = new int[states];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		this.ends[0] = ends(ending.get(0), null);
		for (int c = 0; c < classes; c++) {
			int child = children.get(0)[c];
			if (child > 0) {
				suffix[child] = 0;
				this.next[c] = child;
				queue.add(child);
			}
		}
		while (!queue.isEmpty()) {
			int state = queue.poll();
			this.ends[state] = ends(ending.get(state), this.ends[suffix[state]]);
			for (int c = 0; c < classes; c++) {
				int child = children.get(state)[c];
				if (child > 0) {
					suffix[child] = this.next[suffix[state] * classes + c];
					this.next[state * classes + c] = child;
					queue.add(child);
				}
				else {
					this.next[state * classes + c] = this.next[suffix[state] * classes + c];
				}
			}
		}
		this.found = (this.groups <= Long.SIZE) ? bits(this.ends) : null;
	}

	private static int[] absent(int classes) {
		int[] row = new int[classes];
		Arrays.fill(row, -1);
		return row;
	}

	private static int[] ends(List<Integer> own, int[] inherited) {
		int[] all = (inherited != null) ? inherited : new int[0];
		for (int g : own) {
			if (Arrays.stream(all).noneMatch((e) -> e == g)) {
				all = Arrays.copyOf(all, all.length + 1);
				all[all.length - 1] = g;
			}
		}
		return (all.length > 0) ? all : null;
	}

	private static long[] bits(int[][] ends) {
		long[] bits = new long[ends.length];
		for (int state = 0; state < ends.length; state++) {
			for (int g : (ends[state] != null) ? ends[state] : new int[0]) {
				bits[state] |= 1L << g;
			}
		}
		return bits;
	}

	/**
	 * The groups (bit {@code g} for group {@code g}) one of whose needles occurs, for a
	 * scan of at most 64 groups.
	 */
	public long in(String text) {
		if (this.found == null) {
			throw new IllegalStateException("a scan of " + this.groups + " groups answers with all(text)");
		}
		// An empty needle occurs in every text, the empty one too.
		long groups = this.found[0];
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			state = this.next[state * this.width + this.classOf[text.charAt(i)]];
			groups |= this.found[state];
		}
		return groups;
	}

	/** The groups one of whose needles occurs, for any number of groups. */
	public Found all(String text) {
		if (this.found != null) {
			return new Found(new long[] { in(text) });
		}
		long[] bits = new long[(this.groups + Long.SIZE - 1) / Long.SIZE];
		mark(this.ends[0], bits);
		int state = 0;
		int[] next = this.next;
		char[] classOf = this.classOf;
		int width = this.width;
		int[][] ends = this.ends;
		// Over a copy of the characters: charAt checks the index at every step here.
		for (char c : text.toCharArray()) {
			state = next[state * width + classOf[c]];
			if (ends[state] != null) {
				mark(ends[state], bits);
			}
		}
		return new Found(bits);
	}

	private static void mark(int[] groups, long[] bits) {
		if (groups != null) {
			for (int g : groups) {
				bits[g >>> 6] |= 1L << g;
			}
		}
	}

	/** The groups found in a text. */
	public static final class Found {

		private final long[] bits;

		private Found(long[] bits) {
			this.bits = bits;
		}

		/** Whether a needle of {@code group} occurs. */
		public boolean has(int group) {
			return (this.bits[group >>> 6] & (1L << group)) != 0;
		}

		/**
		 * Whether a needle of one of the groups whose bits {@code groups} holds (group
		 * {@code g} at bit {@code g % 64} of word {@code g / 64}) occurs.
		 */
		public boolean any(long[] groups) {
			for (int i = 0; i < groups.length; i++) {
				if ((groups[i] & this.bits[i]) != 0) {
					return true;
				}
			}
			return false;
		}

		/**
		 * The groups {@code from} to {@code from + count - 1} as bits, the first at bit
		 * 0: at most 64 of them.
		 */
		public long range(int from, int count) {
			int word = from >>> 6;
			int shift = from & 63;
			long bits = this.bits[word] >>> shift;
			if (shift != 0 && word + 1 < this.bits.length) {
				bits |= this.bits[word + 1] << (Long.SIZE - shift);
			}
			return (count >= Long.SIZE) ? bits : bits & ((1L << count) - 1);
		}

		/** Whether needles of all {@code groups} occur. */
		public boolean hasAll(int[] groups) {
			for (int g : groups) {
				if ((this.bits[g >>> 6] & (1L << g)) == 0) {
					return false;
				}
			}
			return true;
		}

	}

}
