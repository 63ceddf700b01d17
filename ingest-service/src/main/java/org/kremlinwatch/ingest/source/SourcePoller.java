package org.kremlinwatch.ingest.source;

import java.util.ArrayList;
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
import org.kremlinwatch.ingest.publish.PublishFailedException;
import org.kremlinwatch.ingest.publish.PublishOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls every enabled source at its interval, the first time at start-up: the feed, then
 * each entry's page, then publication. A failing source is logged, counted and retried at
 * its next interval; it never stops the poller or the other sources.
 */
@Component
@ConditionalOnBooleanProperty(name = "kremlinwatch.ingest.polling-enabled", matchIfMissing = true)
public class SourcePoller implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SourcePoller.class);

	private final IngestProperties properties;

	private final HttpFetcher fetcher;

	private final FeedPages feedPages;

	private final ReleasePages pages;

	private final SourceStates states;

	private final PollerLocks locks;

	private volatile ScheduledExecutorService scheduler;

	SourcePoller(IngestProperties properties, HttpFetcher fetcher, FeedPages feedPages, ReleasePages pages,
			SourceStates states, PollerLocks locks) {
		this.properties = properties;
		this.locks = locks;
		this.fetcher = fetcher;
		this.feedPages = feedPages;
		this.pages = pages;
		this.states = states;
		enabledSources().forEach((name, source) -> states.registered(name, source.feedUri().toString()));
	}

	/**
	 * Polls source {@code name} now, in the calling thread; the scheduled polls call the
	 * same. Synchronized per poller so that a manual poll and a scheduled one never
	 * overlap. Skipped (no request) while another instance polls the source (holds its
	 * lock) or while the source's circuit is open.
	 * @return releases published (new or revised)
	 */
	public synchronized int poll(String name) {
		Source source = this.properties.sources().get(name);
		if (source == null || !source.enabled()) {
			throw new IllegalArgumentException("no enabled source named '" + name + "'");
		}
		boolean active = this.locks.tryHold(name);
		if (this.states.activePoller(name, active)) {
			logger.info(active ? "Source '{}': this instance is now its active poller"
					: "Source '{}': polled by another instance, this one stands by", name);
		}
		if (!active) {
			return 0;
		}
		if (!this.states.tryPoll(name)) {
			logger.debug("Source '{}': circuit open until {}, poll skipped", name,
					this.states.circuit(name).openUntil());
			return 0;
		}
		try {
			int published = pollFeed(name, source);
			this.states.succeeded(name);
			return published;
		}
		catch (RuntimeException ex) {
			this.states.failed(name, ex.getMessage());
			logger.warn("Source '{}' poll failed (circuit {}), next poll in {}: {}", name,
					this.states.circuit(name).state(), source.pollInterval(), ex.getMessage());
			return 0;
		}
	}

	private int pollFeed(String name, Source source) {
		FeedPages.Reading feed = this.feedPages.read(name, source, this.properties.maxFeedPages());
		if (feed == null) {
			logger.debug("Source '{}': feed not modified", name);
			return 0;
		}
		int published = 0;
		List<String> failures = new ArrayList<>();
		for (FeedEntry entry : feed.entries()) {
			try {
				published += this.pages.ingest(name, source, entry.url())
					.filter((outcome) -> outcome != PublishOutcome.UNCHANGED)
					.isPresent() ? 1 : 0;
			}
			catch (PublishFailedException ex) {
				// Kafka is away: the other entries would wait and fail the same way.
				throw ex;
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
					failures.size() + " of " + feed.entries().size() + " entries failed, first: " + failures.get(0));
		}
		if (feed.pagingError() != null) {
			throw new IllegalStateException(feed.pagingError() + " (" + published + " published from the pages read)");
		}
		this.fetcher.remember(feed.first());
		logger.info("Source '{}': {} entries in the feed, {} published", name, feed.entries().size(), published);
		return published;
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
			try {
				// A poll still running must end before another instance may take over.
				running.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.scheduler = null;
		}
		synchronized (this) {
			this.locks.releaseAll();
			enabledSources().keySet().forEach(this.states::pollerStopped);
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

}
