package org.kremlinwatch.ingest.source;

import java.net.URI;
import java.util.Optional;

import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.config.IngestProperties.Source;
import org.kremlinwatch.ingest.feed.KremlinUrls;
import org.kremlinwatch.ingest.page.PageParser;
import org.kremlinwatch.ingest.publish.PublishOutcome;
import org.kremlinwatch.ingest.publish.ReleasePublisher;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;

import org.springframework.stereotype.Component;

/**
 * Fetches one article page of a source, parses it and publishes it unless its text was
 * published already: the step shared by the poller and the backfill.
 */
@Component
public class ReleasePages {

	private final HttpFetcher fetcher;

	private final PageParser parser;

	private final ReleasePublisher publisher;

	private final IngestProperties properties;

	ReleasePages(HttpFetcher fetcher, PageParser parser, ReleasePublisher publisher, IngestProperties properties) {
		this.fetcher = fetcher;
		this.parser = parser;
		this.publisher = publisher;
		this.properties = properties;
	}

	/**
	 * Fetches the page of the article at {@code articleUrl} (its canonical address; the
	 * page is fetched by its path on the source's base URL, so that a local server can
	 * stand in for the site) and publishes it if new or edited.
	 * @return the outcome, empty if the page did not change since it was last processed
	 * @throws RuntimeException when it cannot be fetched, parsed or published; nothing is
	 * marked then, so the next attempt starts over
	 */
	public Optional<PublishOutcome> ingest(String name, Source source, String articleUrl) {
		URI pageUri = source.resolve(KremlinUrls.pathOf(articleUrl));
		FetchResult page = this.fetcher.fetch(name, pageUri);
		if (!(page instanceof Fetched fetched)) {
			return Optional.empty();
		}
		if (fetched.truncated()) {
			// A cut page would publish a cut text, and the full one later a false
			// revision.
			throw new IllegalStateException("page " + pageUri + " is over kremlinwatch.ingest.max-page-size ("
					+ this.properties.maxPageSize() + "); not published");
		}
		PublishOutcome outcome = this.publisher.publish(this.parser.parse(fetched.body(), articleUrl, source.lang()));
		this.fetcher.remember(fetched);
		return Optional.of(outcome);
	}

}
