package org.kremlinwatch.ingest.feed;

import java.time.OffsetDateTime;

/**
 * One entry of a feed. The feed only says what to fetch: its dates have been seen with
 * wrong offsets, so the article page stays the source of truth.
 *
 * @param url the article's address as the feed names it
 * @param kremlinId the Kremlin's numeric id taken from that address
 * @param title the headline as the feed gives it
 * @param published publication time as the feed claims it, {@code null} if absent
 * @param updated last change as the feed claims it, {@code null} if absent
 * @param content the entry's full HTML content, {@code null} if absent; only a replay of
 * a recorded feed whose pages were not recorded falls back on it
 */
public record FeedEntry(String url, long kremlinId, String title, OffsetDateTime published, OffsetDateTime updated,
		String content) {

}
