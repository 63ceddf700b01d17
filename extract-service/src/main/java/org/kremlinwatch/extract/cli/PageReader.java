package org.kremlinwatch.extract.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseIds;

/**
 * Reads a saved Kremlin release page (kremlin.ru or en.kremlin.ru): headline
 * {@code h1.entry-title}, lead {@code .read__lead}, body {@code .entry-content}, date
 * {@code time.read__published[datetime]} and {@code .read__time}, dateline
 * {@code .read__place} ("The Kremlin, Moscow"), id from the canonical link or else the
 * file name.
 */
public final class PageReader {

	// Moscow's offset of the day (+4 in 2011-2014, summer time before), as ingest reads
	// pages: the wall time on the page is kept.
	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final Pattern PUBLICATION_DATE = Pattern.compile("(?iU)publication date|дата публикации");

	private static final Pattern CLOCK = Pattern.compile("\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b");

	private static final Pattern TRAILING_ID = Pattern.compile("(\\d+)(?:\\.html?)?/?$");

	/**
	 * The release a saved page shows.
	 * @param html the decoded page
	 * @param fileName where it was read from: its id when the page has no canonical link
	 * @throws IllegalArgumentException when it is not a Kremlin release page
	 */
	public ReleaseFetched read(String html, String fileName) {
		Document page = Jsoup.parse(html);
		Element heading = page.selectFirst("h1.entry-title");
		Element body = page.selectFirst(".entry-content");
		if (heading == null || body == null) {
			throw new IllegalArgumentException("not a Kremlin release page (no h1.entry-title or .entry-content)");
		}
		// Read before the cleaning below: an announcement's publication date stands in
		// the footer, which the site marks masha-ignore (not part of the text).
		OffsetDateTime publishedAt = publishedAt(page);
		String dateline = dateline(page);
		// Person links carry a hidden biography tooltip that is not part of the text.
		page.select(".read__tooltip, .masha-ignore, script, style").remove();
		Lang lang = "ru".equalsIgnoreCase(page.selectFirst("html") != null ? page.selectFirst("html").attr("lang") : "")
				? Lang.ru : Lang.en;
		long kremlinId = kremlinId(page, fileName);
		// The lead stays apart from the body, as ingest publishes it (ReleaseFetched v1);
		// the engine reads both (ReleaseInput.of).
		Element leadElement = page.selectFirst(".read__lead");
		String lead = (leadElement != null && !leadElement.text().isBlank()) ? leadElement.text().trim() : null;
		List<String> paragraphs = new ArrayList<>();
		for (Element paragraph : body.select("p")) {
			if (!paragraph.text().isBlank()) {
				paragraphs.add(paragraph.text().trim());
			}
		}
		if (paragraphs.isEmpty() && !body.text().isBlank()) {
			paragraphs.add(body.text().trim());
		}
		String text = String.join("\n\n", paragraphs);
		String title = heading.text().trim();
		String url = ((lang == Lang.en) ? "http://en.kremlin.ru" : "http://kremlin.ru") + "/events/president/news/"
				+ kremlinId;
		String hash = ReleaseReader.sha256(title + "\n" + ((lead != null) ? lead : "") + "\n" + text);
		return new ReleaseFetched(UUID.nameUUIDFromBytes(hash.getBytes()), Instant.now(),
				ReleaseIds.of(lang, kremlinId), kremlinId, lang, url, null, "news", title, lead, text, publishedAt,
				dateline, List.of(), hash, 1);
	}

	private static long kremlinId(Document page, String fileName) {
		Element canonical = page.selectFirst("link[rel=canonical]");
		for (String candidate : new String[] { (canonical != null) ? canonical.attr("href") : "", fileName }) {
			Matcher matcher = TRAILING_ID.matcher(candidate);
			if (matcher.find()) {
				return Long.parseLong(matcher.group(1));
			}
		}
		throw new IllegalArgumentException("cannot tell the release id from the canonical link or the file name");
	}

	/**
	 * The dateline ("The Kremlin, Moscow", «Москва, Кремль»): where a meeting the release
	 * itself reports took place.
	 */
	private static String dateline(Document page) {
		Element place = page.selectFirst(".read__place");
		return (place != null && !place.text().isBlank()) ? place.text().trim() : null;
	}

	private static OffsetDateTime publishedAt(Document page) {
		Element published = page.selectFirst("time.read__published[datetime]");
		if (published == null) {
			// An announcement page has no dated header, but its footer still tells the
			// publication date ("Publication date: October 18, 2017"), and so does the
			// upload date of its metadata: "On October 19" is that year's.
			for (Element time : page.select("time[datetime]")) {
				if (time.parent() != null && PUBLICATION_DATE.matcher(time.parent().text()).find()) {
					Matcher clock = CLOCK.matcher(time.text());
					LocalTime at = clock.find()
							? LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)))
							: LocalTime.NOON;
					return inMoscow(time.attr("datetime"), at);
				}
			}
			Element upload = page.selectFirst("meta[property=ya:ovs:upload_date][content]");
			if (upload != null && upload.attr("content").matches("\\d{4}-\\d{2}-\\d{2}.*")) {
				return inMoscow(upload.attr("content"), LocalTime.NOON);
			}
			// Nothing tells the date: dates in it resolve against today.
			return OffsetDateTime.now(MOSCOW).withNano(0);
		}
		LocalTime time = LocalTime.MIDNIGHT;
		Element clock = page.selectFirst(".read__time");
		if (clock != null && clock.text().trim().matches("\\d{1,2}:\\d{2}")) {
			time = LocalTime.parse(String.format("%5s", clock.text().trim()).replace(' ', '0'));
		}
		return inMoscow(published.attr("datetime"), time);
	}

	/**
	 * The day an ISO date ({@code 2012-12-10...}) opens with, at {@code time} in Moscow.
	 */
	private static OffsetDateTime inMoscow(String isoDate, LocalTime time) {
		return LocalDate.parse(isoDate.trim().substring(0, 10)).atTime(time).atZone(MOSCOW).toOffsetDateTime();
	}

}
