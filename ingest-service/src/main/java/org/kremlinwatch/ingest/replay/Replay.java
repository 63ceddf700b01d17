package org.kremlinwatch.ingest.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.ingest.feed.FeedEntry;
import org.kremlinwatch.ingest.feed.FeedParser;
import org.kremlinwatch.ingest.feed.KremlinUrls;
import org.kremlinwatch.ingest.page.PageParser;
import org.kremlinwatch.ingest.page.ParsedPage;
import org.kremlinwatch.ingest.publish.PublishTally;
import org.kremlinwatch.ingest.publish.ReleasePublisher;
import org.kremlinwatch.ingest.source.BodyDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishes recorded pages and feeds from a folder through the same parser, dedupe and
 * publisher as the poller: offline runs, demos, re-processing old archives. Two layouts:
 * the corpus's ({@code html/{lang}/{section}/{id}.html} and {@code rss/*.xml}) or a flat
 * folder of {@code *.html} (and {@code *.xml}) files. A feed entry whose page was
 * recorded too is covered by the page (the source of truth); others are published from
 * the entry's own content.
 */
@Component
public class Replay {

	private static final Logger logger = LoggerFactory.getLogger(Replay.class);

	// Listings and print views are recorded next to the articles but are not releases.
	private static final Set<String> NOT_ARTICLES = Set.of("listing", "print");

	private static final Pattern OG_URL = Pattern.compile("<meta\\s+property=\"og:url\"\\s+content=\"([^\"]+)\"");

	private static final Pattern HTML_LANG = Pattern.compile("<html[^>]*\\slang=\"(en|ru)\"");

	private final PageParser pageParser;

	private final FeedParser feedParser;

	private final ReleasePublisher publisher;

	Replay(PageParser pageParser, FeedParser feedParser, ReleasePublisher publisher) {
		this.pageParser = pageParser;
		this.feedParser = feedParser;
		this.publisher = publisher;
	}

	/**
	 * Replays {@code dir}; {@code defaultLang} applies to pages whose language neither
	 * the folder nor the page states.
	 */
	public PublishTally run(Path dir, Lang defaultLang) {
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException("replay: " + dir + " is not a folder");
		}
		boolean corpus = Files.isDirectory(dir.resolve("html"));
		List<Path> pages = corpus ? files(dir.resolve("html"), ".html").stream().filter(Replay::isArticle).toList()
				: files(dir, ".html").stream().filter((file) -> file.getParent().equals(dir)).toList();
		List<Path> feeds = corpus ? files(dir.resolve("rss"), ".xml") : files(dir, ".xml");
		logger.info("Replaying {} pages and {} feeds from {}", pages.size(), feeds.size(), dir);
		PublishTally tally = new PublishTally();
		Set<String> recorded = new HashSet<>();
		Path base = corpus ? dir.resolve("html") : dir;
		for (Path file : pages) {
			try {
				String html = BodyDecoder.decode(Files.readAllBytes(file), null);
				Lang lang = langOf(base.relativize(file), html, defaultLang);
				ParsedPage page = this.pageParser.parse(html, urlOf(file, html, lang), lang);
				recorded.add(ReleaseIds.of(page.lang(), page.kremlinId()));
				tally.add(this.publisher.publish(page));
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("Replay: {} not published: {}", file, ex.getMessage());
				tally.failed(file.toString(), ex.getMessage());
			}
		}
		for (Path file : feeds) {
			replayFeed(file, defaultLang, recorded, tally);
		}
		return tally;
	}

	private void replayFeed(Path file, Lang defaultLang, Set<String> recorded, PublishTally tally) {
		List<FeedEntry> entries;
		try {
			entries = new ArrayList<>(this.feedParser.parse(file.getFileName().toString(),
					BodyDecoder.decode(Files.readAllBytes(file), null)));
		}
		catch (IOException | RuntimeException ex) {
			tally.failed(file.toString(), ex.getMessage());
			return;
		}
		// Newest first in the feed; oldest first on the topic.
		Collections.reverse(entries);
		for (FeedEntry entry : entries) {
			Lang lang = langOfUrl(entry.url(), defaultLang);
			if (recorded.contains(ReleaseIds.of(lang, entry.kremlinId()))) {
				continue;
			}
			try {
				tally.add(this.publisher.publish(this.pageParser.parseFeedEntry(entry, lang)));
			}
			catch (RuntimeException ex) {
				tally.failed(file + " " + entry.url(), ex.getMessage());
			}
		}
	}

	private static boolean isArticle(Path file) {
		// html/{lang}/{section}/{file}.html
		Path section = file.getParent();
		return section != null && section.getParent() != null && section.getParent().getParent() != null
				&& section.getParent().getParent().getFileName().toString().equals("html")
				&& !NOT_ARTICLES.contains(section.getFileName().toString());
	}

	private static Lang langOf(Path relative, String html, Lang defaultLang) {
		// html/{lang}/... in the corpus layout
		String first = relative.getName(0).toString();
		if (relative.getNameCount() > 1 && (first.equals("en") || first.equals("ru"))) {
			return Lang.valueOf(first);
		}
		Matcher lang = HTML_LANG.matcher(html.substring(0, Math.min(html.length(), 4096)));
		return lang.find() ? Lang.valueOf(lang.group(1)) : defaultLang;
	}

	private static Lang langOfUrl(String url, Lang defaultLang) {
		String host = URI.create(url).getHost();
		if (host == null) {
			return defaultLang;
		}
		return host.startsWith("en.") ? Lang.en : host.endsWith("kremlin.ru") ? Lang.ru : defaultLang;
	}

	private static String urlOf(Path file, String html, Lang lang) {
		Matcher og = OG_URL.matcher(html);
		if (og.find() && KremlinUrls.idOf(og.group(1)).isPresent()) {
			return og.group(1);
		}
		String stem = file.getFileName().toString().replaceFirst("\\.html?$", "");
		if (stem.matches("\\d{1,10}")) {
			String section = file.getParent().getFileName().toString();
			return KremlinUrls.canonical(lang,
					"/events/president/" + (section.matches("news|transcripts") ? section : "news") + "/" + stem);
		}
		throw new IllegalArgumentException("cannot tell the release of " + file.getFileName()
				+ ": no og:url in the page and no numeric file name");
	}

	private static List<Path> files(Path dir, String suffix) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter((file) -> file.toString().endsWith(suffix) && Files.isRegularFile(file))
				.sorted(Comparator.comparing(Replay::idOrZero).thenComparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Kremlin ids grow with time: replaying in id order keeps the topic roughly in
	// publication order.
	private static long idOrZero(Path file) {
		String stem = file.getFileName().toString().replaceFirst("\\.\\w+$", "");
		return stem.matches("\\d{1,10}") ? Long.parseLong(stem) : 0;
	}

}
