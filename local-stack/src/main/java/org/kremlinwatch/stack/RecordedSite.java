package org.kremlinwatch.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A folder of recorded Kremlin pages, laid out like {@code ../shared/corpus/kremlin},
 * seen as the Kremlin site:
 * <ul>
 * <li>{@code /{lang}/events/president/news/feed}: the newest recorded feed
 * {@code rss/{lang}.kremlin.ru_*feed*.xml}, or, where none was recorded, an Atom feed
 * made from the recorded pages, newest first;</li>
 * <li>{@code /{lang}/events/president/news/{id}}:
 * {@code html/{lang}/news/{id}.html}.</li>
 * </ul>
 */
final class RecordedSite {

	private static final Pattern PAGE = Pattern.compile("^/(ru|en)/events/president/news/(\\d+)/?$");

	private static final Pattern FEED = Pattern.compile("^/(ru|en)/events/president/news/feed/?$");

	private final Path root;

	RecordedSite(Path root) {
		if (!Files.isDirectory(root)) {
			throw new IllegalArgumentException("no recorded site at " + root + " (expected html/ and rss/ inside)");
		}
		this.root = root;
	}

	/** What to serve for a request path, or empty for a 404. */
	Optional<Resource> resolve(String path) {
		Matcher page = PAGE.matcher(path);
		if (page.matches()) {
			Path file = this.root.resolve("html")
				.resolve(page.group(1))
				.resolve("news")
				.resolve(page.group(2) + ".html");
			return Files.isRegularFile(file) ? Optional.of(Resource.file(file, "text/html; charset=utf-8"))
					: Optional.empty();
		}
		Matcher feed = FEED.matcher(path);
		if (feed.matches()) {
			return Optional.of(feed(feed.group(1)));
		}
		return Optional.empty();
	}

	private Resource feed(String lang) {
		Optional<Path> recorded = list(this.root.resolve("rss")).stream()
			.filter((file) -> file.getFileName().toString().startsWith(lang + ".kremlin.ru_"))
			.filter((file) -> file.getFileName().toString().contains("feed"))
			.max(Comparator.comparing((Path file) -> file.getFileName().toString()));
		return recorded.map((file) -> Resource.file(file, "application/atom+xml; charset=utf-8"))
			.orElseGet(() -> Resource.generated(atomFromPages(lang), "application/atom+xml; charset=utf-8"));
	}

	private String atomFromPages(String lang) {
		String host = lang.equals("en") ? "http://en.kremlin.ru" : "http://kremlin.ru";
		List<Entry> entries = list(this.root.resolve("html").resolve(lang).resolve("news")).stream()
			.filter((file) -> file.getFileName().toString().matches("\\d+\\.html"))
			.map(RecordedSite::entry)
			.sorted(Comparator.comparingLong(Entry::id).reversed())
			.toList();
		StringBuilder atom = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<feed xml:lang=\"")
			.append(lang)
			.append("\" xmlns=\"http://www.w3.org/2005/Atom\">")
			.append("<title>Recorded pages (kremlinwatch replay)</title>")
			.append("<id>")
			.append(host)
			.append("/events/president/news/feed</id>");
		for (Entry entry : entries) {
			String url = host + "/events/president/news/" + entry.id();
			atom.append("<entry><title>")
				.append(escape(entry.title()))
				.append("</title><id>")
				.append(url)
				.append("</id><link href=\"")
				.append(url)
				.append("\" rel=\"alternate\" type=\"text/html\"/>");
			entry.published()
				.ifPresent((published) -> atom.append("<published>").append(published).append("</published>"));
			atom.append("</entry>");
		}
		return atom.append("</feed>\n").toString();
	}

	private static Entry entry(Path file) {
		long id = Long.parseLong(file.getFileName().toString().replace(".html", ""));
		try {
			Document page = Jsoup.parse(file.toFile(), null);
			Element title = page.selectFirst("h1.entry-title");
			Element published = page.selectFirst("time.read__published[datetime]");
			Element time = page.selectFirst(".read__time");
			Optional<String> when = Optional.ofNullable(published)
				.map((element) -> element.attr("datetime") + "T"
						+ ((time != null && time.text().matches("\\d{2}:\\d{2}")) ? time.text() : "00:00")
						+ ":00+03:00");
			return new Entry(id, (title != null) ? title.text() : "Release " + id, when);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read recorded page " + file, ex);
		}
	}

	private static List<Path> list(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not list " + folder, ex);
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private record Entry(long id, String title, Optional<String> published) {
	}

	/** A file or generated body with its content type. */
	record Resource(Path file, byte[] body, String contentType) {

		static Resource file(Path file, String contentType) {
			return new Resource(file, null, contentType);
		}

		static Resource generated(String body, String contentType) {
			return new Resource(null, body.getBytes(StandardCharsets.UTF_8), contentType);
		}

		byte[] bytes() throws IOException {
			return (this.file != null) ? Files.readAllBytes(this.file) : this.body;
		}

	}

}
