package org.kremlinwatch.ingest.page;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.ingest.feed.FeedEntry;
import org.kremlinwatch.ingest.feed.KremlinUrls;

/**
 * Parses a Kremlin article page (the same template on kremlin.ru and en.kremlin.ru).
 */
public class PageParser {

	private static final Pattern PUBLICATION_DATE = Pattern.compile("(?iU)publication date|дата публикации");

	/**
	 * The release that {@code html} shows.
	 * @param html the decoded page
	 * @param url the article's canonical address (as the feed names it)
	 * @param lang the source's language
	 * @throws PageRejectedException when the page has no article title
	 */
	public ParsedPage parse(String html, String url, Lang lang) {
		Document page = Jsoup.parse(html, url);
		Element title = page.selectFirst("h1.entry-title");
		if (title == null || title.text().isBlank()) {
			throw new PageRejectedException("no article title (h1.entry-title) in the page of " + url);
		}
		long kremlinId = kremlinId(page, url);
		Element content = page.selectFirst(".entry-content");
		List<String> tags = tags(page);
		String text = "";
		if (content != null) {
			text = PageText.of(withoutFurniture(content));
		}
		OffsetDateTime published = publishedAt(page);
		boolean announcement = (published == null);
		if (announcement) {
			published = publicationDateInFooter(page);
		}
		return new ParsedPage(kremlinId, lang, url, alternateUrl(page, lang), KremlinUrls.sectionOf(url),
				clean(title.text()), lead(page), text, published, place(page), tags, announcement);
	}

	/**
	 * The release a recorded feed entry shows, for a replay that has the feed but not the
	 * page: title and the text of the entry's content. The feed's clock reads Moscow wall
	 * time with offsets seen wrong, so the wall time is kept and Moscow's offset of that
	 * date applied.
	 * @throws PageRejectedException when the entry has no title or no content
	 */
	public ParsedPage parseFeedEntry(FeedEntry entry, Lang lang) {
		if (entry.title() == null || entry.title().isBlank() || entry.content() == null || entry.content().isBlank()) {
			throw new PageRejectedException("feed entry " + entry.url() + " has no title or no content");
		}
		Element body = Jsoup.parseBodyFragment(entry.content(), entry.url()).body();
		// The Kremlin's feed content opens with the lead in a .c-summary block.
		Element summary = body.selectFirst(".c-summary");
		String lead = (summary != null) ? PageText.of(summary) : "";
		body.select(".c-summary, script, style, img").remove();
		OffsetDateTime published = (entry.published() != null)
				? MoscowTime.of(entry.published().toLocalDate(), entry.published().toLocalTime()) : null;
		return new ParsedPage(entry.kremlinId(), lang, entry.url(), null, KremlinUrls.sectionOf(entry.url()),
				clean(entry.title()), lead.isEmpty() ? null : lead, PageText.of(body), published, null, List.of(),
				published == null);
	}

	private static long kremlinId(Document page, String url) {
		OptionalLong fromUrl = KremlinUrls.idOf(url);
		if (fromUrl.isPresent()) {
			return fromUrl.getAsLong();
		}
		Element article = page.selectFirst("article[id^=event-]");
		if (article != null && article.id().substring("event-".length()).matches("\\d+")) {
			return Long.parseLong(article.id().substring("event-".length()));
		}
		throw new PageRejectedException("no Kremlin id in " + url + " nor in the page");
	}

	/**
	 * A copy of {@code fragment} without what is not part of the text: tooltips, sliders,
	 * tag lists and the publication box are marked masha-ignore (the site's own "not part
	 * of the text" marker).
	 */
	private static Element withoutFurniture(Element fragment) {
		Element copy = fragment.clone();
		copy.select(".masha-ignore, .read__bottommeta, script, style, noscript").remove();
		return copy;
	}

	private static String lead(Document page) {
		Element lead = page.selectFirst(".read__lead");
		if (lead == null) {
			return null;
		}
		// A person named in the lead carries the same biography tooltip as in the body.
		String text = PageText.of(withoutFurniture(lead));
		return text.isEmpty() ? null : text;
	}

	static OffsetDateTime publishedAt(Document page) {
		Element published = page.selectFirst("time.read__published");
		if (published == null) {
			return null;
		}
		LocalDate date = parseDate(published.attr("datetime"));
		if (date == null) {
			date = MoscowTime.dateIn(published.text()).orElse(null);
		}
		if (date == null) {
			return null;
		}
		Element clock = page.selectFirst(".read__time");
		// Russian pages have been seen with the time inside the date line:
		// «15 марта 2018 года, 18:00».
		LocalTime time = MoscowTime.timeIn((clock != null) ? clock.text() : null)
			.or(() -> MoscowTime.timeIn(published.text()))
			.orElse(LocalTime.MIDNIGHT);
		return MoscowTime.of(date, time);
	}

	/**
	 * An announcement's header names only the day of the event, but its footer still
	 * tells when it was published ("Publication date: December 10, 2012, 16:00"): the
	 * date its "on December 14" is read against, also when a backfill or a replay reads
	 * the page years later.
	 */
	private static OffsetDateTime publicationDateInFooter(Document page) {
		for (Element time : page.select(".read__status time[datetime]")) {
			if (time.parent() != null && PUBLICATION_DATE.matcher(time.parent().text()).find()) {
				LocalDate date = parseDate(time.attr("datetime"));
				if (date != null) {
					return MoscowTime.of(date, MoscowTime.timeIn(time.text()).orElse(LocalTime.NOON));
				}
			}
		}
		return null;
	}

	private static LocalDate parseDate(String value) {
		try {
			return (value.length() >= 10) ? LocalDate.parse(value.substring(0, 10)) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String place(Document page) {
		Element place = page.selectFirst(".read__place");
		String text = (place != null) ? clean(place.text()) : "";
		return text.isEmpty() ? null : text;
	}

	private static List<String> tags(Document page) {
		List<String> tags = new ArrayList<>();
		for (Element link : page.select(".read__tags a")) {
			String tag = clean(link.text());
			if (!tag.isEmpty() && !tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}

	private static String alternateUrl(Document page, Lang lang) {
		for (Element link : page.select("link[rel=alternate][hreflang]")) {
			if (!lang.name().equals(link.attr("hreflang")) && !link.attr("href").isBlank()) {
				return link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
			}
		}
		return null;
	}

	private static String clean(String text) {
		return PageText.collapse(text);
	}

}
