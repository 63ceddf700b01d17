package org.kremlinwatch.ingest.source;

import java.util.ArrayList;
import java.util.List;

import org.kremlinwatch.ingest.config.IngestProperties.Source;
import org.kremlinwatch.ingest.feed.Feed;
import org.kremlinwatch.ingest.feed.FeedEntry;
import org.kremlinwatch.ingest.feed.FeedParser;
import org.kremlinwatch.ingest.feed.KremlinUrls;
import org.kremlinwatch.ingest.publish.ReleasePublisher;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Reads a source's feed and, while a page holds only releases never published, its older
 * pages ({@code rel=next}) too, up to {@code max-feed-pages}: more than a page of
 * releases between two polls then loses nothing.
 */
@Component
class FeedPages {

	private static final Logger logger = LoggerFactory.getLogger(FeedPages.class);

	private final HttpFetcher fetcher;

	private final FeedParser parser;

	private final ReleasePublisher publisher;

	FeedPages(HttpFetcher fetcher, FeedParser parser, ReleasePublisher publisher) {
		this.fetcher = fetcher;
		this.parser = parser;
		this.publisher = publisher;
	}

	/**
	 * The entries to look at, oldest first, or {@code null} when the feed did not change.
	 */
	Reading read(String name, Source source, int maxPages) {
		FetchResult first = this.fetcher.fetch(name, source.feedUri());
		if (!(first instanceof Fetched fetched)) {
			return null;
		}
		Feed page = this.parser.parseFeed(name, fetched.body());
		List<FeedEntry> entries = new ArrayList<>(page.entries());
		String pagingError = null;
		int pages = 1;
		while (page.next() != null && pages < maxPages && !page.entries().isEmpty() && noneKnown(source, page)) {
			try {
				// Older pages are not fetched conditionally: their validators are never
				// remembered.
				Fetched older = (Fetched) this.fetcher.fetch(name, source.resolve(KremlinUrls.pathOf(page.next())));
				page = this.parser.parseFeed(name, older.body());
				entries.addAll(page.entries());
				pages++;
			}
			catch (RuntimeException ex) {
				if (ex instanceof FetchException fetch && fetch.status() == 404) {
					// A recorded or mirrored site may hold only the first page: its end.
					logger.info("Source '{}': no feed page {} (404), reading no further", name, pages + 1);
					break;
				}
				pagingError = "feed page " + (pages + 1) + " failed: " + ex.getMessage();
				logger.warn("Source '{}': {}; publishing the {} entries read so far", name, pagingError,
						entries.size());
				break;
			}
		}
		if (pages > 1) {
			logger.info("Source '{}': read {} feed pages ({} entries) to catch up", name, pages, entries.size());
		}
		// The feed lists newest first; publishing oldest first keeps the topic in
		// publication order. A release on two pages (the feed moved on while we read) is
		// kept once.
		List<FeedEntry> oldestFirst = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		for (int i = entries.size() - 1; i >= 0; i--) {
			if (!ids.contains(entries.get(i).kremlinId())) {
				ids.add(entries.get(i).kremlinId());
				oldestFirst.add(entries.get(i));
			}
		}
		return new Reading(fetched, oldestFirst, pagingError);
	}

	private boolean noneKnown(Source source, Feed page) {
		return page.entries().stream().noneMatch((entry) -> this.publisher.known(source.lang(), entry.kremlinId()));
	}

	/**
	 * @param first the first feed page, to remember once its entries were processed
	 * @param entries the entries, oldest first
	 * @param pagingError why reading older pages stopped early, {@code null} if it did
	 * not
	 */
	record Reading(Fetched first, List<FeedEntry> entries, String pagingError) {
	}

}
