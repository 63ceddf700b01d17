package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.extract.cli.PageReader;
import org.kremlinwatch.extract.engine.ReleaseInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The releases of the third-party corpus, read where it lies and keyed by URL: the
 * English 2021–2022 press releases and the Russian 2025 news items (dated from the
 * cleaned sample where the scraped row has no date), and apart from them the saved
 * English pages of 1999–2020. Nothing of them is copied.
 */
public final class CorpusReleases {

	/** The English press releases, October 2021 to June 2022. */
	public static final String EN_CSV = "text/en/peiyizhuo_putin_press_releases_2021-10-24_2022-06-24.csv";

	/** The Russian news items, February to May 2025. */
	public static final String RU_CSV = "text/ru/gabrielkmbo_kremlin_articles_ru_enhanced.csv";

	/**
	 * A cleaned sample of the same Russian items with their publication time: it dates
	 * items whose CSV row has none.
	 */
	public static final String RU_JSONL = "text/ru/kremlin_ru_2025_sample_clean.jsonl";

	/** Saved English article pages of other years, 1999 to 2020. */
	public static final String EN_PAGES = "html/en/news";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final ZoneOffset MOSCOW = ZoneOffset.ofHours(3);

	private static final Pattern ID = Pattern.compile("/(\\d+)/?$");

	private static final Pattern RU_DATELINE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*");

	// The scraper kept the page furniture after the text: tags, people, publication data.
	private static final Pattern RU_TRAILER = Pattern
		.compile("\\s(Смотрите также|География|Темы|Лица|Статус материала|Опубликован в разделе)\\s");

	private CorpusReleases() {
	}

	/** All releases of the three files that carry a publication date, by URL. */
	public static Map<String, ReleaseInput> load(Path corpusRoot) {
		Map<String, ReleaseInput> releases = new LinkedHashMap<>();
		for (Map<String, String> row : rows(corpusRoot.resolve(EN_CSV))) {
			ReleaseInput release = english(row);
			releases.put(row.get("link"), release);
		}
		for (Map<String, String> row : rows(corpusRoot.resolve(RU_CSV))) {
			if (!row.getOrDefault("date", "").isBlank()) {
				releases.put(row.get("url"), russian(row));
			}
		}
		for (JsonNode item : jsonLines(corpusRoot.resolve(RU_JSONL))) {
			releases.putIfAbsent(item.get("url").asString(), russian(item));
		}
		return releases;
	}

	/**
	 * Every release a label file can name: those of {@link #load} and the saved pages, by
	 * URL.
	 */
	public static Map<String, ReleaseInput> loadWithPages(Path corpusRoot) {
		Map<String, ReleaseInput> releases = load(corpusRoot);
		releases.putAll(pages(corpusRoot));
		return releases;
	}

	/**
	 * The saved article pages, by URL, read the way {@code ./kremlinwatch extract} reads
	 * a page. They are kept apart from {@link #load} so the benchmarks' corpus stays the
	 * same releases from one round to the next.
	 */
	public static Map<String, ReleaseInput> pages(Path corpusRoot) {
		Map<String, ReleaseInput> releases = new TreeMap<>();
		Path folder = corpusRoot.resolve(EN_PAGES);
		if (!Files.isDirectory(folder)) {
			return releases;
		}
		PageReader reader = new PageReader();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).toList()) {
				ReleaseFetched page = reader.read(Files.readString(file, StandardCharsets.UTF_8),
						file.getFileName().toString());
				releases.put(page.url(), ReleaseInput.of(page));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + folder, ex);
		}
		return releases;
	}

	private static List<JsonNode> jsonLines(Path file) {
		if (!Files.exists(file)) {
			return List.of();
		}
		try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
			return lines.filter((line) -> !line.isBlank()).map(JSON::readTree).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

	static ReleaseInput russian(JsonNode item) {
		String url = item.get("url").asString();
		return new ReleaseInput(ReleaseIds.of(Lang.ru, id(url)), Lang.ru, item.get("title").asString().trim(),
				item.get("text").asString().trim(), OffsetDateTime.parse(item.get("publishedAt").asString()), null);
	}

	private static List<Map<String, String>> rows(Path csv) {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return Csv.read(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + csv, ex);
		}
	}

	static ReleaseInput english(Map<String, String> row) {
		// The corpus's "date" is Moscow wall time mislabelled as UTC.
		LocalDateTime moscow = LocalDateTime.parse(row.get("date").replace("Z", ""));
		String summary = row.get("summary").trim();
		String body = row.get("body").trim();
		String text = (summary.isEmpty() || body.startsWith(summary)) ? body : summary + "\n\n" + body;
		String place = row.get("location").trim();
		return new ReleaseInput(ReleaseIds.of(Lang.en, id(row.get("link"))), Lang.en, row.get("headline").trim(), text,
				moscow.atOffset(MOSCOW), ("NA".equals(place) || place.isEmpty()) ? null : place);
	}

	static ReleaseInput russian(Map<String, String> row) {
		StringBuilder full = new StringBuilder();
		for (int i = 1; i <= 10; i++) {
			full.append(row.getOrDefault("article_full_text_" + i, ""));
		}
		String title = row.get("title").trim();
		String summary = row.get("summary").trim();
		String rawDate = row.get("raw_date").trim();
		String place = row.get("place").trim();
		String text = full.toString();
		// "События <title> <summary> <date> <time> <place> <body>": keep the summary as
		// the lead and the body after the dateline.
		LocalTime time = LocalTime.NOON;
		int at = text.indexOf(rawDate);
		if (at >= 0) {
			int after = at + rawDate.length();
			Matcher clock = RU_DATELINE.matcher(text);
			if (clock.find(after) && clock.start() <= after + 1) {
				time = LocalTime.parse(String.format("%5s", clock.group(1)).replace(' ', '0'));
				after = clock.end();
			}
			if (!place.isEmpty() && text.startsWith(place, after)) {
				after += place.length();
			}
			text = text.substring(after).trim();
		}
		Matcher trailer = RU_TRAILER.matcher(text);
		if (trailer.find(Math.max(0, text.length() - 2000))) {
			text = text.substring(0, trailer.start()).trim();
		}
		text = summary.isEmpty() ? text : summary + "\n\n" + text;
		return new ReleaseInput(ReleaseIds.of(Lang.ru, id(row.get("url"))), Lang.ru, title, text,
				LocalDate.parse(row.get("date").trim()).atTime(time).atOffset(MOSCOW), place.isEmpty() ? null : place);
	}

	private static long id(String url) {
		Matcher matcher = ID.matcher(url);
		if (!matcher.find()) {
			throw new IllegalArgumentException("no release id in " + url);
		}
		return Long.parseLong(matcher.group(1));
	}

}
