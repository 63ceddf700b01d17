package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the corpus's CSV files in place, for {@link RealTextCorpus}. */
final class CorpusCsv {

	private CorpusCsv() {
	}

	/**
	 * RFC 4180 rows keyed by the header (quoted fields may hold commas and line breaks).
	 */
	static List<Map<String, String>> read(Path file) {
		List<List<String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			int c;
			while ((c = reader.read()) != -1) {
				if (quoted) {
					if (c == '"') {
						reader.mark(1);
						if (reader.read() == '"') {
							field.append('"');
						}
						else {
							quoted = false;
							reader.reset();
						}
					}
					else {
						field.append((char) c);
					}
				}
				else if (c == '"') {
					quoted = true;
				}
				else if (c == ',' || c == '\n') {
					fields.add(field.toString());
					field.setLength(0);
					if (c == '\n') {
						rows.add(fields);
						fields = new ArrayList<>();
					}
				}
				else if (c != '\r') {
					field.append((char) c);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> header = rows.get(0).stream().map((name) -> name.replace("\ufeff", "").trim()).toList();
		List<Map<String, String>> records = new ArrayList<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<String, String> record = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i), (i < row.size()) ? row.get(i) : "");
			}
			records.add(record);
		}
		return records;
	}

}
