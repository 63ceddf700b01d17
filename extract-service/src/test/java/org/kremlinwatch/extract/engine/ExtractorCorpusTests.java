package org.kremlinwatch.extract.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.extract.eval.Csv;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the engine over the Kremlin's own readout of the 30 December 2021 Putin–Biden
 * call, read in place from the third-party corpus (never copied).
 */
class ExtractorCorpusTests {

	@Test
	void findsTheGenevaTalksTheGuaranteesAndTheCallIn67487() throws IOException {
		Path csv = Corpus.root().resolve("text/en/peiyizhuo_putin_press_releases_2021-10-24_2022-06-24.csv");
		Map<String, String> row = findRow(csv, "/67487");
		// The corpus's "date" is Moscow wall time mislabelled as UTC.
		LocalDateTime moscow = LocalDateTime.parse(row.get("date").replace("Z", ""));
		String text = row.get("summary") + "\n\n" + row.get("body");
		Extraction extraction = Extractor.withDefaults()
			.extract(new ReleaseInput("en:67487", Lang.en, row.get("headline"), text,
					moscow.atOffset(ZoneOffset.ofHours(3))));

		assertThat(extraction.topics()).extracting(TopicMatch::id)
			.contains("security-guarantees", "nato-expansion", "sanctions", "ukraine");
		assertThat(extraction.events()).filteredOn((e) -> e.type() == EventType.MEETING).anySatisfy((m) -> {
			assertThat(m.place()).isEqualTo("Geneva");
			assertThat(m.dateStart()).isEqualTo(LocalDate.of(2022, 1, 9));
			assertThat(m.dateEnd()).isEqualTo(LocalDate.of(2022, 1, 10));
			assertThat(m.status()).isEqualTo(EventStatus.ANNOUNCED);
		}).anySatisfy((m) -> {
			assertThat(m.place()).isEqualTo("Brussels");
			assertThat(m.dateStart()).isEqualTo(LocalDate.of(2022, 1, 12));
		});
		List<ExtractedEvent> calls = extraction.events().stream().filter((e) -> e.type() == EventType.CALL).toList();
		assertThat(calls).singleElement().satisfies((call) -> {
			assertThat(call.participants()).containsExactly("Vladimir Putin", "Joseph Biden");
			assertThat(call.dateStart()).isEqualTo(LocalDate.of(2021, 12, 30));
		});
		assertThat(extraction.events()).filteredOn((e) -> e.type() == EventType.WARNING)
			.anySatisfy((w) -> assertThat(w.evidence().sentence()).contains("grave error"));
		assertThat(extraction.events())
			.allSatisfy((e) -> assertThat(text.substring(e.evidence().start(), e.evidence().end()))
				.isEqualTo(e.evidence().sentence()));
	}

	private static Map<String, String> findRow(Path csv, String suffix) throws IOException {
		try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return Csv.read(reader)
				.stream()
				.filter((row) -> row.get("link").endsWith(suffix))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no row ending with " + suffix + " in " + csv));
		}
	}

}
