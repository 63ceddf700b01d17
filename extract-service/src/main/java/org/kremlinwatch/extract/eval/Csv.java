package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields with embedded commas, quotes and line breaks) into
 * rows keyed by the header, which is how the corpus files are written.
 */
public final class Csv {

	private Csv() {
	}

	/** Every data row, keyed by the header's column names. */
	public static List<Map<String, String>> read(Reader reader) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean pendingQuote = false;
		int c;
		while ((c = reader.read()) != -1) {
			char ch = (char) c;
			if (pendingQuote) {
				pendingQuote = false;
				if (ch == '"') {
					field.append('"');
					continue;
				}
				quoted = false;
			}
			if (quoted) {
				if (ch == '"') {
					pendingQuote = true;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n') {
				fields.add(field.toString());
				field.setLength(0);
				rows.add(fields);
				fields = new ArrayList<>();
			}
			else if (ch != '\r') {
				field.append(ch);
			}
		}
		if (field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(fields);
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> header = rows.get(0).stream().map((name) -> name.replace("\ufeff", "").trim()).toList();
		List<Map<String, String>> records = new ArrayList<>(rows.size() - 1);
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<String, String> record = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i), (i < row.size()) ? row.get(i) : "");
			}
			records.add(record);
		}
		return records;
	}

}
