package org.kremlinwatch.ingest.backfill;

import java.time.LocalDate;

/**
 * One item of a section listing.
 *
 * @param kremlinId the article's id ({@code data-id})
 * @param url the article's canonical address
 * @param date its Moscow publication date, {@code null} if the listing states none
 */
record ListingEntry(long kremlinId, String url, LocalDate date) {
}
