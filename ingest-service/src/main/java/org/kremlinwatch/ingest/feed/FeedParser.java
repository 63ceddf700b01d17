package org.kremlinwatch.ingest.feed;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses Atom (the Kremlin's format) and RSS 2.0 feeds with Jsoup's XML parser. That
 * parser never reads a DTD, so neither external entities (XXE) nor entity expansion
 * (billion laughs) can happen: a declared entity stays an unexpanded reference.
 */
public class FeedParser {

	private static final int EXCERPT_LENGTH = 120;

	/**
	 * The article entries of {@code xml}, in feed order (newest first on the Kremlin's
	 * site). Entries whose address names no article id are skipped.
	 * @param sourceName named in the exception when the document is not a feed
	 * @throws FeedRejectedException when the document is not an Atom or RSS feed
	 */
	public List<FeedEntry> parse(String sourceName, String xml) {
		return parseFeed(sourceName, xml).entries();
	}

	/**
	 * The entries of {@code xml} and the address of the next (older) feed page.
	 * @param sourceName named in the exception when the document is not a feed
	 * @throws FeedRejectedException when the document is not an Atom or RSS feed, or was
	 * cut before its end
	 */
	public Feed parseFeed(String sourceName, String xml) {
		Document document = Jsoup.parse(xml, "", Parser.xmlParser());
		Element root = document.children().first();
		String rootName = (root != null) ? root.normalName() : "";
		if (("feed".equals(rootName) || "rss".equals(rootName) || "rdf:rdf".equals(rootName))
				&& !xml.stripTrailing().toLowerCase(java.util.Locale.ROOT).endsWith("</" + rootName + ">")) {
			// The XML parser is lenient and would read a cut feed as a shorter one.
			throw new FeedRejectedException("source '" + sourceName + "' returned a truncated feed (no closing </"
					+ root.tagName() + ">, " + xml.length() + " characters)");
		}
		if ("feed".equals(rootName)) {
			return new Feed(atomEntries(root), atomNext(root));
		}
		if ("rss".equals(rootName) || "rdf:rdf".equals(rootName)) {
			return new Feed(rssItems(root), null);
		}
		throw new FeedRejectedException("source '" + sourceName + "' did not return an Atom or RSS feed: received "
				+ (root != null ? "<" + root.tagName() + "> document" : "no XML element") + " starting with '"
				+ excerpt(xml) + "'");
	}

	private List<FeedEntry> atomEntries(Element feed) {
		List<FeedEntry> entries = new ArrayList<>();
		for (Element entry : feed.getElementsByTag("entry")) {
			String url = text(entry, "id");
			if (KremlinUrls.idOf(url).isEmpty()) {
				url = atomLink(entry);
			}
			add(entries, url, text(entry, "title"), date(text(entry, "published")), date(text(entry, "updated")),
					text(entry, "content"));
		}
		return entries;
	}

	private List<FeedEntry> rssItems(Element rss) {
		List<FeedEntry> entries = new ArrayList<>();
		for (Element item : rss.getElementsByTag("item")) {
			String url = text(item, "link");
			if (KremlinUrls.idOf(url).isEmpty()) {
				url = text(item, "guid");
			}
			add(entries, url, text(item, "title"), null, null, text(item, "description"));
		}
		return entries;
	}

	private static void add(List<FeedEntry> entries, String url, String title, OffsetDateTime published,
			OffsetDateTime updated, String content) {
		OptionalLong id = KremlinUrls.idOf(url);
		if (id.isPresent()) {
			entries.add(new FeedEntry(url.strip(), id.getAsLong(), title, published, updated, content));
		}
	}

	private static String atomNext(Element feed) {
		// Only the feed's own links: entries have links too.
		for (Element link : feed.children()) {
			if ("link".equals(link.normalName()) && "next".equals(link.attr("rel")) && !link.attr("href").isBlank()) {
				return link.attr("href").strip();
			}
		}
		return null;
	}

	private static String atomLink(Element entry) {
		for (Element link : entry.getElementsByTag("link")) {
			String rel = link.attr("rel");
			if (rel.isEmpty() || "alternate".equals(rel)) {
				return link.attr("href");
			}
		}
		return null;
	}

	private static String text(Element parent, String tag) {
		Element child = parent.getElementsByTag(tag).first();
		return (child != null) ? child.text().strip() : null;
	}

	private static OffsetDateTime date(String value) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String excerpt(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > EXCERPT_LENGTH) ? flat.substring(0, EXCERPT_LENGTH) + "..." : flat;
	}

}
