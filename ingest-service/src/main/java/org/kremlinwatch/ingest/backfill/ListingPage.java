package org.kremlinwatch.ingest.backfill;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a section listing, newest first.
 *
 * @param entries its items
 * @param pages how many pages the listing has, 0 if unknown
 * @param hasNext whether an older page follows
 */
record ListingPage(List<ListingEntry> entries, int pages, boolean hasNext) {

	ListingPage {
		entries = List.copyOf(entries);
	}

	/** The date of the oldest dated item, {@code null} if none is dated. */
	LocalDate oldest() {
		for (int i = this.entries.size() - 1; i >= 0; i--) {
			if (this.entries.get(i).date() != null) {
				return this.entries.get(i).date();
			}
		}
		return null;
	}

}
