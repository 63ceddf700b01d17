package org.kremlinwatch.ingest.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.kremlinwatch.ingest.config.IngestProperties;
import org.kremlinwatch.ingest.config.IngestProperties.Source;
import org.kremlinwatch.ingest.feed.FeedEntry;
import org.kremlinwatch.ingest.feed.FeedParser;
import org.kremlinwatch.ingest.feed.KremlinUrls;
import org.kremlinwatch.ingest.page.PageParser;
import org.kremlinwatch.ingest.publish.PublishOutcome;
import org.kremlinwatch.ingest.publish.ReleasePublisher;
import org.kremlinwatch.ingest.source.FetchResult.Fetched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls every enabled source at its interval, the first time at start-up: the feed, then
 * each entry's page, then publication. A failing source is logged, counted and retried at
 * its next interval; it never stops the poller or the other sources.
 */
@Component
public class SourcePoller implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SourcePoller.class);

	private final IngestProperties properties;

	private final HttpFetcher fetcher;

	private final FeedParser feedParser;

	private final PageParser pageParser;

	private final ReleasePublisher publisher;

	private final SourceStates states;

	private volatile ScheduledExecutorService scheduler;

	SourcePoller(IngestProperties properties, HttpFetcher fetcher, FeedParser feedParser, PageParser pageParser,
			ReleasePublisher publisher, SourceStates states) {
		this.properties = properties;
		this.fetcher = fetcher;
		this.feedParser = feedParser;
		this.pageParser = pageParser;
		this.publisher = publisher;
		this.states = states;
		enabledSources().forEach((name, source) -> states.registered(name, source.feedUri().toString()));
	}

	/**
	 * Polls source {@code name} now, in the calling thread; the scheduled polls call the
	 * same. Synchronized per poller so that a manual poll and a scheduled one never
	 * overlap.
	 * @return releases published (new or revised)
	 */
	public synchronized int poll(String name) {
		Source source = this.properties.sources().get(name);
		if (source == null || !source.enabled()) {
			throw new IllegalArgumentException("no enabled source named '" + name + "'");
		}
		try {
			int published = pollFeed(name, source);
			this.states.succeeded(name);
			return published;
		}
		catch (RuntimeException ex) {
			this.states.failed(name, ex.getMessage());
			logger.warn("Source '{}' poll failed, retrying in {}: {}", name, source.pollInterval(), ex.getMessage());
			return 0;
		}
	}

	private int pollFeed(String name, Source source) {
		FetchResult feed = this.fetcher.fetch(name, source.feedUri());
		if (!(feed instanceof Fetched fetched)) {
			logger.debug("Source '{}': feed not modified", name);
			return 0;
		}
		List<FeedEntry> entries = new ArrayList<>(this.feedParser.parse(name, fetched.body()));
		// The feed lists newest first; publishing oldest first keeps the topic in
		// publication order.
		Collections.reverse(entries);
		int published = 0;
		List<String> failures = new ArrayList<>();
		for (FeedEntry entry : entries) {
			try {
				published += pollPage(name, source, entry);
			}
			catch (RuntimeException ex) {
				failures.add(entry.url() + ": " + ex.getMessage());
				logger.warn("Source '{}': release {} not published, retrying next poll: {}", name, entry.url(),
						ex.getMessage());
			}
		}
		if (!failures.isEmpty()) {
			// The feed is not remembered, so the next poll reads it (and these entries)
			// again.
			throw new IllegalStateException(
					failures.size() + " of " + entries.size() + " entries failed, first: " + failures.get(0));
		}
		this.fetcher.remember(fetched);
		logger.info("Source '{}': {} entries in the feed, {} published", name, entries.size(), published);
		return published;
	}

	private int pollPage(String name, Source source, FeedEntry entry) {
		URI pageUri = source.resolve(KremlinUrls.pathOf(entry.url()));
		FetchResult page = this.fetcher.fetch(name, pageUri);
		if (!(page instanceof Fetched fetched)) {
			return 0;
		}
		if (fetched.truncated()) {
			// A cut page would publish a cut text, and the full one later a false
			// revision.
			throw new IllegalStateException("page " + pageUri + " is over kremlinwatch.ingest.max-page-size ("
					+ this.properties.maxPageSize() + "); not published");
		}
		PublishOutcome outcome = this.publisher
			.publish(this.pageParser.parse(fetched.body(), entry.url(), source.lang()));
		this.fetcher.remember(fetched);
		return (outcome == PublishOutcome.UNCHANGED) ? 0 : 1;
	}

	private Map<String, Source> enabledSources() {
		Map<String, Source> enabled = new TreeMap<>();
		this.properties.sources().forEach((name, source) -> {
			if (source.enabled()) {
				enabled.put(name, source);
			}
		});
		return enabled;
	}

	@Override
	public void start() {
		Map<String, Source> sources = enabledSources();
		AtomicInteger threads = new AtomicInteger();
		this.scheduler = Executors.newScheduledThreadPool(Math.max(1, sources.size()), (task) -> {
			Thread thread = new Thread(task, "ingest-poller-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		sources.forEach((name, source) -> {
			logger.info("Polling source '{}' ({}) every {}", name, source.feedUri(), source.pollInterval());
			this.scheduler.scheduleWithFixedDelay(() -> poll(name), 0, source.pollInterval().toMillis(),
					TimeUnit.MILLISECONDS);
		});
		if (sources.isEmpty()) {
			logger.warn("No enabled source: nothing will be polled (kremlinwatch.ingest.sources.*.enabled)");
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.scheduler;
		if (running != null) {
			running.shutdownNow();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
