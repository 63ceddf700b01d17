package org.kremlinwatch.extract.event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of up to 64 groups of needles occur in a text, found in one pass over it (an
 * Aho–Corasick automaton). A cue of many families has some two hundred needles:
 * {@code String.contains} for each of them scans every sentence two hundred times, while
 * the automaton reads each character once. Needles and text are compared as they are (the
 * cues lower-case both).
 */
final class NeedleScan {

	/** Characters by class: 0 for a character no needle holds. */
	private final char[] classOf = new char[Character.MAX_VALUE + 1];

	/** The number of character classes. */
	private final int width;

	/** The next state, by state times {@link #width} plus class. */
	private final int[] next;

	/** The groups of the needles that end at a state (or at a suffix of it). */
	private final long[] found;

	/**
	 * @param groups the needles of each group; a group without needles never occurs
	 */
	NeedleScan(List<List<String>> groups) {
		if (groups.size() > Long.SIZE) {
			throw new IllegalArgumentException("at most 64 groups of needles, not " + groups.size());
		}
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
		this.width = classes;
		// The trie of the needles; -1 where no needle goes on.
		List<int[]> children = new ArrayList<>();
		List<Long> ends = new ArrayList<>();
		children.add(absent(classes));
		ends.add(0L);
		for (int g = 0; g < groups.size(); g++) {
			for (String needle : groups.get(g)) {
				int state = 0;
				for (char c : needle.toCharArray()) {
					int child = children.get(state)[this.classOf[c]];
					if (child < 0) {
						child = children.size();
						children.add(absent(classes));
						ends.add(0L);
						children.get(state)[this.classOf[c]] = child;
					}
					state = child;
				}
				ends.set(state, ends.get(state) | (1L << g));
			}
		}
		// Breadth first, each state's transitions completed from its longest proper
		// suffix in the trie, which is shallower and so already complete.
		int states = children.size();
		this.next = new int[states * classes];
		this.found = new long[states];
		int[] suffix = new int[states];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		this.found[0] = ends.get(0);
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
			this.found[state] = ends.get(state) | this.found[suffix[state]];
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
	}

	private static int[] absent(int classes) {
		int[] row = new int[classes];
		Arrays.fill(row, -1);
		return row;
	}

	/** The groups (bit {@code g} for group {@code g}) one of whose needles occurs. */
	long in(String text) {
		// An empty needle occurs in every text, the empty one too.
		long groups = this.found[0];
		int state = 0;
		for (int i = 0; i < text.length(); i++) {
			state = this.next[state * this.width + this.classOf[text.charAt(i)]];
			groups |= this.found[state];
		}
		return groups;
	}

}
