package org.kremlinwatch.alert.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kremlinwatch.alert.archive.ArchivedRelease;
import org.kremlinwatch.alert.archive.ReleaseArchive;
import org.kremlinwatch.alert.archive.ReleaseSearch;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.v1.Lang;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The console's release pages: the live feed ({@code /}), its event stream, one release,
 * the search, and the subscriptions page (whose data the page's script fetches from the
 * API with the subscriber's key).
 */
// Pages for people, not part of the REST API's description.
@Hidden
@Controller
class ConsolePages {

	private final ReleaseArchive archive;

	private final ReleaseCards cards;

	private final FeedBroadcaster broadcaster;

	private final AlertProperties.Console properties;

	ConsolePages(ReleaseArchive archive, ReleaseCards cards, FeedBroadcaster broadcaster, AlertProperties properties) {
		this.archive = archive;
		this.cards = cards;
		this.broadcaster = broadcaster;
		this.properties = properties.console();
	}

	@GetMapping("/")
	String feed(Model model) {
		model.addAttribute("page", "feed");
		// Read first: whatever is archived while the page renders comes over the stream.
		model.addAttribute("seq", this.archive.latestSeq());
		model.addAttribute("cards", this.cards.of(this.archive.newest(this.properties.feedSize())));
		return "console/feed";
	}

	@GetMapping(path = "/console/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(Locale locale, @RequestParam(required = false) Long after,
			@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId) {
		return this.broadcaster.connect(locale, (lastEventId != null) ? lastEventId : after);
	}

	@GetMapping("/releases/{releaseId}")
	String release(@PathVariable String releaseId, Model model) {
		ArchivedRelease release = this.archive.find(releaseId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no release " + releaseId));
		model.addAttribute("page", "feed");
		model.addAttribute("card", this.cards.of(List.of(release)).get(0));
		return "console/release";
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String topic,
			@RequestParam(required = false) String entity, @RequestParam(required = false) Lang lang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReleaseSearch search = new ReleaseSearch(q, topic, entity, lang, from, to, Math.max(page, 0),
				this.properties.pageSize());
		model.addAttribute("page", "search");
		model.addAttribute("search", search);
		boolean asked = q != null || topic != null || entity != null || lang != null || from != null || to != null;
		model.addAttribute("asked", asked);
		if (asked) {
			ReleaseSearch.Page results = this.archive.search(search);
			model.addAttribute("results", results);
			model.addAttribute("cards", this.cards.of(results.releases()));
		}
		return "console/search";
	}

	@GetMapping("/subscriptions")
	String subscriptions(Model model) {
		model.addAttribute("page", "subscriptions");
		return "console/subscriptions";
	}

}
