package org.kremlinwatch.alert.console;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.kremlinwatch.alert.archive.ArchivedRelease;
import org.kremlinwatch.alert.archive.ReleaseArchive;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes newly archived releases to this instance's live-feed browsers. Each instance
 * polls the archive for rows past the last {@code seq} it pushed, so a release consumed
 * by any instance reaches every browser; archive writers commit in {@code seq} order, so
 * none is skipped.
 */
@Component
class FeedBroadcaster implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FeedBroadcaster.class);

	private static final int BATCH = 100;

	private final ReleaseArchive archive;

	private final ReleaseCards cards;

	private final AlertProperties.Console properties;

	private final List<Client> clients = new CopyOnWriteArrayList<>();

	private ScheduledExecutorService executor;

	private volatile long pushedSeq = -1;

	FeedBroadcaster(ReleaseArchive archive, ReleaseCards cards, AlertProperties properties, MeterRegistry meters) {
		this.archive = archive;
		this.cards = cards;
		this.properties = properties.console();
		Gauge.builder("kremlinwatch.alert.console.live.clients", this.clients, List::size)
			.description("Browsers connected to this instance's live feed")
			.register(meters);
	}

	/**
	 * Registers a browser; when it says what it saw last ({@code afterSeq}: the page's
	 * newest row, or SSE's Last-Event-ID on a reconnect), it first gets what came since.
	 */
	SseEmitter connect(Locale locale, Long afterSeq) {
		SseEmitter emitter = new SseEmitter(this.properties.sseTimeout().toMillis());
		Client client = new Client(emitter, locale);
		emitter.onCompletion(() -> this.clients.remove(client));
		emitter.onTimeout(() -> this.clients.remove(client));
		emitter.onError((ex) -> this.clients.remove(client));
		this.clients.add(client);
		try {
			// An event at once, so that the page can show it is live.
			emitter.send(SseEmitter.event().name("hello").data("live"));
			if (afterSeq != null) {
				List<ArchivedRelease> missed = this.archive.after(afterSeq, BATCH);
				List<ReleaseCard> cards = this.cards.of(missed);
				for (ReleaseCard card : cards) {
					// Oldest first, like the live pushes: the page puts each on top.
					emitter.send(event(card, json(this.cards.html(card, locale))));
				}
			}
		}
		catch (IOException ex) {
			this.clients.remove(client);
		}
		return emitter;
	}

	void poll() {
		try {
			// Read before looking at the clients: a browser that connects after the look
			// gets every row past this from the next poll, so none is lost between them.
			long latest = this.archive.latestSeq();
			if (this.pushedSeq < 0 || this.clients.isEmpty()) {
				// Nobody to push to: move past the new rows without reading them (whole
				// rows with their bodies and JSON cost as much CPU as archiving them). A
				// browser that connects later catches up from the seq its page showed.
				this.pushedSeq = latest;
				return;
			}
			List<ArchivedRelease> fresh;
			do {
				fresh = this.archive.after(this.pushedSeq, BATCH);
				if (!fresh.isEmpty()) {
					push(this.cards.of(fresh));
					this.pushedSeq = fresh.get(fresh.size() - 1).seq();
				}
			}
			while (fresh.size() == BATCH);
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next poll tries again.
			log.warn("live feed poll failed: {}", ex.toString());
		}
	}

	private void push(List<ReleaseCard> fresh) {
		if (this.clients.isEmpty()) {
			return;
		}
		Map<Locale, List<String>> rendered = new HashMap<>();
		for (Client client : this.clients) {
			List<String> html = rendered.computeIfAbsent(client.locale(),
					(locale) -> fresh.stream().map((card) -> json(this.cards.html(card, locale))).toList());
			try {
				for (int i = 0; i < html.size(); i++) {
					client.emitter().send(event(fresh.get(i), html.get(i)));
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The browser went away.
				this.clients.remove(client);
			}
		}
	}

	private static SseEmitter.SseEventBuilder event(ReleaseCard card, String json) {
		return SseEmitter.event().name("release").id(Long.toString(card.release().seq())).data(json);
	}

	/**
	 * The card as JSON: one SSE {@code data:} line, whatever newlines the HTML holds.
	 */
	private static String json(String html) {
		return EventJson.mapper().writeValueAsString(Map.of("html", html));
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "console-feed");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::poll, 0, millis, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.executor.shutdownNow();
		this.clients.forEach((client) -> client.emitter().complete());
		this.clients.clear();
		this.executor = null;
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private record Client(SseEmitter emitter, Locale locale) {
	}

}
