package org.kremlinwatch.ingest.backfill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.config.IngestProperties.Source;
import org.kremlinwatch.ingest.publish.PublishFailedException;
import org.kremlinwatch.ingest.publish.PublishOutcome;
import org.kremlinwatch.ingest.publish.PublishTally;
import org.kremlinwatch.ingest.source.FetchResult;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.kremlinwatch.ingest.source.HttpFetcher;
import org.kremlinwatch.ingest.source.ReleasePages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishes the releases of a date range that were never published, from the sections'
 * listings (newest first, 20 a page). It finds the first page reaching the range by
 * galloping and bisecting (a dozen requests rather than hundreds), walks older pages
 * until one reaches before the range, then fetches the releases oldest first through the
 * same parser, dedupe and publisher as the poller. Every request goes through the
 * fetcher, so the per-host rate limit holds here too.
 */
@Component
public class Backfill {

	private static final Logger logger = LoggerFactory.getLogger(Backfill.class);

	private final IngestProperties properties;

	private final HttpFetcher fetcher;

	private final ReleasePages pages;

	private final ListingParser parser = new ListingParser();

	Backfill(IngestProperties properties, HttpFetcher fetcher, ReleasePages pages) {
		this.properties = properties;
		this.fetcher = fetcher;
		this.pages = pages;
	}

	/**
	 * Backfills the Moscow dates {@code from} to {@code to} (both included) from every
	 * enabled source, or only those in {@code lang} unless it is {@code null}.
	 */
	public PublishTally run(LocalDate from, LocalDate to, Lang lang) {
		PublishTally tally = new PublishTally();
		this.properties.sources().forEach((name, source) -> {
			if (source.enabled() && (lang == null || source.lang() == lang)) {
				try {
					backfill(name, source, from, to, tally);
				}
				catch (PublishFailedException ex) {
					logger.warn("Backfill of source '{}' stopped, Kafka is unavailable: {}", name, ex.getMessage());
				}
				catch (RuntimeException ex) {
					logger.warn("Backfill of source '{}' stopped: {}", name, ex.getMessage());
					tally.failed("listing of source '" + name + "'", ex.getMessage());
				}
			}
		});
		return tally;
	}

	private void backfill(String name, Source source, LocalDate from, LocalDate to, PublishTally tally) {
		Map<Integer, ListingPage> read = new HashMap<>();
		int first = firstPageReaching(name, source, to, read);
		Map<Long, ListingEntry> wanted = new LinkedHashMap<>();
		int page = first;
		for (; page <= this.properties.maxListingPages(); page++) {
			ListingPage listing = listing(name, source, page, read);
			boolean reachedFrom = false;
			for (ListingEntry entry : listing.entries()) {
				if (entry.date() == null || entry.date().isAfter(to)) {
					continue;
				}
				if (entry.date().isBefore(from)) {
					reachedFrom = true;
				}
				else {
					wanted.putIfAbsent(entry.kremlinId(), entry);
				}
			}
			if (reachedFrom || listing.entries().isEmpty() || !listing.hasNext()) {
				break;
			}
		}
		if (page > this.properties.maxListingPages()) {
			tally.failed("listing of source '" + name + "'", "stopped at kremlinwatch.ingest.max-listing-pages ("
					+ this.properties.maxListingPages() + ") before reaching " + from);
		}
		logger.info("Backfill of source '{}': {} releases from {} to {} on listing pages {} to {} ({} pages read)",
				name, wanted.size(), from, to, first, Math.min(page, this.properties.maxListingPages()), read.size());
		List<ListingEntry> oldestFirst = new ArrayList<>(wanted.values());
		Collections.reverse(oldestFirst);
		for (ListingEntry entry : oldestFirst) {
			try {
				// Not modified since processed in this run counts as unchanged.
				tally.add(this.pages.ingest(name, source, entry.url()).orElse(PublishOutcome.UNCHANGED));
			}
			catch (PublishFailedException ex) {
				// Kafka is away: the rest would fail the same way; a rerun picks them up.
				tally.failed(entry.url(), ex.getMessage());
				throw ex;
			}
			catch (RuntimeException ex) {
				logger.warn("Backfill of source '{}': {} not published: {}", name, entry.url(), ex.getMessage());
				tally.failed(entry.url(), ex.getMessage());
			}
		}
	}

	/** The first listing page whose oldest item is not newer than {@code to}. */
	private int firstPageReaching(String name, Source source, LocalDate to, Map<Integer, ListingPage> read) {
		ListingPage first = listing(name, source, 1, read);
		if (reaches(first, to)) {
			return 1;
		}
		int last = (first.pages() > 0) ? Math.min(first.pages(), this.properties.maxListingPages())
				: this.properties.maxListingPages();
		int newer = 1;
		int reaching = last;
		for (int probe = 2; probe < last; probe *= 2) {
			if (reaches(listing(name, source, probe, read), to)) {
				reaching = probe;
				break;
			}
			newer = probe;
		}
		while (reaching - newer > 1) {
			int middle = (newer + reaching) >>> 1;
			if (reaches(listing(name, source, middle, read), to)) {
				reaching = middle;
			}
			else {
				newer = middle;
			}
		}
		return reaching;
	}

	private static boolean reaches(ListingPage page, LocalDate to) {
		return page.entries().isEmpty() || page.oldest() == null || !page.oldest().isAfter(to);
	}

	private ListingPage listing(String name, Source source, int page, Map<Integer, ListingPage> read) {
		ListingPage known = read.get(page);
		if (known != null) {
			return known;
		}
		FetchResult result = this.fetcher.fetch(name, source.listingUri(page));
		if (!(result instanceof Fetched fetched)) {
			throw new IllegalStateException("listing page " + page + " answered 304 to an unconditional request");
		}
		ListingPage listing = this.parser.parse(fetched.body(), source.lang(), source.listingPath());
		read.put(page, listing);
		return listing;
	}

}
