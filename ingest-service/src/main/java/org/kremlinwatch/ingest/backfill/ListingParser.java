package org.kremlinwatch.ingest.backfill;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.feed.KremlinUrls;

/**
 * Parses a section listing ({@code /events/president/news/page/N}): items are
 * {@code div.hentry_event[data-id]} with a {@code time[datetime]}, in a
 * {@code .lister-page} that states the section ({@code data-base-url}) and the number of
 * pages. Article addresses are built from the id, not read from the links, which mirrors
 * and caches rewrite.
 */
class ListingParser {

	/**
	 * @param html the listing page
	 * @param lang the site's language, for the canonical addresses
	 * @param sectionPath the section when the page does not state it, e.g.
	 * {@code /events/president/news}
	 * @throws IllegalArgumentException when the page is no listing at all
	 */
	ListingPage parse(String html, Lang lang, String sectionPath) {
		Document page = Jsoup.parse(html);
		Element lister = page.selectFirst(".lister-page");
		List<Element> items = page.select("div.hentry_event[data-id], div.hentry[data-id]");
		if (lister == null && items.isEmpty()) {
			throw new IllegalArgumentException("not a Kremlin listing page (no .lister-page, no .hentry[data-id])");
		}
		String section = (lister != null && !lister.attr("data-base-url").isBlank()) ? lister.attr("data-base-url")
				: sectionPath;
		List<ListingEntry> entries = new ArrayList<>();
		LocalDate previous = null;
		for (Element item : items) {
			String id = item.attr("data-id").strip();
			if (!id.matches("\\d{1,10}")) {
				continue;
			}
			Element time = item.selectFirst("time[datetime]");
			LocalDate date = (time != null) ? date(time.attr("datetime")) : null;
			// An undated item (an announcement) sits among its neighbours' dates.
			LocalDate effective = (date != null) ? date : previous;
			entries
				.add(new ListingEntry(Long.parseLong(id), KremlinUrls.canonical(lang, section + "/" + id), effective));
			previous = effective;
		}
		int pages = (lister != null && lister.attr("data-pages").matches("\\d+"))
				? Integer.parseInt(lister.attr("data-pages")) : 0;
		boolean hasNext = page.selectFirst("a[rel=next]") != null;
		return new ListingPage(entries, pages, hasNext);
	}

	private static LocalDate date(String value) {
		try {
			return (value.length() >= 10) ? LocalDate.parse(value.substring(0, 10)) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
