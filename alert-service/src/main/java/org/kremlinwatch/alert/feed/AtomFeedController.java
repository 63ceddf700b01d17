package org.kremlinwatch.alert.feed;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.kremlinwatch.alert.feed.FeedRepository.FeedOwner;
import org.kremlinwatch.events.v1.AlertKind;
import org.kremlinwatch.events.v1.AlertRaised;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /feeds/{token}.atom}: a subscription's alerts as an Atom feed for ordinary
 * feed readers, which cannot send an API key: the unguessable token in the address is the
 * key.
 */
@RestController
class AtomFeedController {

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FeedRepository feeds;

	AtomFeedController(FeedRepository feeds) {
		this.feeds = feeds;
	}

	private static final String AUTHOR = "kremlinwatch";

	@GetMapping("/feeds/{token}.atom")
	ResponseEntity<String> atom(@PathVariable String token) throws FeedException {
		FeedOwner owner = this.feeds.byToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such feed"));
		List<AlertRaised> alerts = this.feeds.recentAlerts(owner.subscriptionId(), 100);
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setUri("urn:uuid:" + owner.subscriptionId());
		feed.setTitle("kremlinwatch: " + owner.name());
		feed.setDescription("Alerts of the kremlinwatch subscription " + owner.name());
		// Atom requires an author with a name; without one ROME writes an empty
		// <name/>, which feed validators reject.
		feed.setAuthor(AUTHOR);
		feed.setPublishedDate(Date.from(alerts.isEmpty() ? owner.updatedAt() : alerts.get(0).occurredAt()));
		List<SyndEntry> entries = new ArrayList<>();
		for (AlertRaised alert : alerts) {
			entries.add(entry(alert));
		}
		feed.setEntries(entries);
		return ResponseEntity.ok().contentType(ATOM).body(new SyndFeedOutput().outputString(feed));
	}

	private static SyndEntry entry(AlertRaised alert) {
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri("urn:uuid:" + alert.eventId());
		entry.setAuthor(AUTHOR);
		String what = (alert.event() != null && alert.event().summary() != null) ? alert.event().summary()
				: alert.title();
		entry.setTitle(((alert.kind() == AlertKind.UPDATED) ? "Updated: " : "") + what);
		entry.setLink(alert.url());
		List<SyndLink> links = new ArrayList<>();
		links.add(link(alert.url(), "alternate", alert.lang().name()));
		if (alert.alternateUrl() != null) {
			links.add(link(alert.alternateUrl(), "alternate", (alert.lang().name().equals("en")) ? "ru" : "en"));
		}
		entry.setLinks(links);
		entry.setPublishedDate(Date.from(alert.occurredAt()));
		entry.setUpdatedDate(Date.from(alert.occurredAt()));
		SyndContent content = new SyndContentImpl();
		content.setType("text");
		content.setValue(AlertText.plain(alert));
		entry.setContents(List.of(content));
		return entry;
	}

	private static SyndLink link(String href, String rel, String lang) {
		SyndLink link = new SyndLinkImpl();
		link.setHref(href);
		link.setRel(rel);
		link.setHreflang(lang);
		return link;
	}

}
