package org.kremlinwatch.ingest.feed;

import java.util.List;

/**
 * One page of a feed.
 *
 * @param entries its article entries, newest first
 * @param next the address of the next (older) page ({@code rel=next}), {@code null} on
 * the last page
 */
public record Feed(List<FeedEntry> entries, String next) {

	public Feed {
		entries = List.copyOf(entries);
	}

}
