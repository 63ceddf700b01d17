package org.kremlinwatch.stack.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Real release texts for the benchmark, read in place from the third-party corpus
 * ({@code text/en/peiyizhuo_putin_press_releases_*.csv}: link, headline, date, location,
 * summary, body).
 */
public final class CorpusReleases {

	private CorpusReleases() {
	}

	/** One release text: headline and body. */
	public record Text(String headline, String body) {
	}

	/** Every release with a body, in file order. */
	public static List<Text> read(Path corpus) throws IOException {
		Path csv;
		try (var files = Files.list(corpus.resolve("text/en"))) {
			csv = files.filter((file) -> file.getFileName().toString().startsWith("peiyizhuo_putin_press_releases"))
				.findFirst()
				.orElseThrow(
						() -> new IOException("no peiyizhuo_putin_press_releases_*.csv under " + corpus + "/text/en"));
		}
		List<Text> texts = new ArrayList<>();
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
				MappingIterator<java.util.Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
					.with(schema)
					.readValues(reader)) {
			while (rows.hasNext()) {
				java.util.Map<String, String> row = rows.next();
				if (!row.getOrDefault("body", "").isBlank()) {
					texts.add(new Text(row.get("headline"), row.get("body")));
				}
			}
		}
		return texts;
	}

}
