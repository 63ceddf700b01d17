package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
		String csv = "\ufefflink,headline,body\r\n" + "http://a/1,\"Talks, held\",\"He said \"\"no\"\".\nNext line\"\n"
				+ "http://a/2,Plain,\n";
		List<Map<String, String>> rows = Csv.read(new StringReader(csv));
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("link", "http://a/1")
			.containsEntry("headline", "Talks, held")
			.containsEntry("body", "He said \"no\".\nNext line");
		assertThat(rows.get(1)).containsEntry("headline", "Plain").containsEntry("body", "");
	}

}
