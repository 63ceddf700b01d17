package org.kremlinwatch.extract.event;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.kremlinwatch.extract.text.NeedleScan;

/**
 * The needles of all the cues a sentence is tried against, found in one pass over it.
 * Each cue scanning the sentence for its own needles read every sentence nine times, the
 * warning and consequence automata at some six nanoseconds a character each; one
 * automaton of them all reads it once.
 */
final class CueScan {

	private final NeedleScan scan;

	/** Where each cue's groups lie in the scan: one a family, in order. */
	private final Map<Cue, Slot> slots = new IdentityHashMap<>();

	CueScan(List<Cue> cues) {
		List<List<String>> groups = new ArrayList<>();
		for (Cue cue : cues) {
			List<List<String>> needles = cue.needleGroups();
			if (this.slots.putIfAbsent(cue, new Slot(groups.size(), needles.size())) == null) {
				groups.addAll(needles);
			}
		}
		this.scan = new NeedleScan(groups);
	}

	/** The needles of the cues in a sentence, lower-cased. */
	Hits in(String lowerCaseText) {
		return new Hits(this.scan.all(lowerCaseText));
	}

	/** The cues' needles found in one sentence. */
	final class Hits {

		private final NeedleScan.Found found;

		private Hits(NeedleScan.Found found) {
			this.found = found;
		}

		/**
		 * The families of {@code cue} whose needles occur, one bit each in order, or -1
		 * for a cue the scan does not hold (a cue of 64 families all present gives -1
		 * too, and then scans the sentence itself: the same answer).
		 */
		long families(Cue cue) {
			Slot slot = CueScan.this.slots.get(cue);
			return (slot != null) ? this.found.range(slot.first(), slot.count()) : -1;
		}

	}

	private record Slot(int first, int count) {
	}

}
