package org.kremlinwatch.extract.eval;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the shipped rules on the labeled development set (eval/labels.yml), the texts
 * read in place from the corpus, against the targets of issue 4.
 */
class EvaluationTests {

	private static final Path LABELS = Path.of("eval/labels.yml");

	@Test
	void meetsTheAccuracyTargetsOnTheLabeledDevelopmentSet() {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), LABELS);
		System.out.println(evaluation.report());

		assertThat(evaluation.releases()).isGreaterThanOrEqualTo(60);
		assertThat(evaluation.topicMicroF1()).as("topic micro-F1").isGreaterThanOrEqualTo(0.92);
		assertThat(evaluation.meetingF1()).as("meeting F1").isGreaterThanOrEqualTo(0.85);
		assertThat(evaluation.warningF1()).as("warning F1").isGreaterThanOrEqualTo(0.80);
		assertThat(evaluation.callF1()).as("call F1").isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void labelsBothLanguagesAndEveryEventKind() {
		Labels labels = Labels.read(LABELS);
		assertThat(labels.releases()).filteredOn((r) -> r.url().startsWith("http://kremlin.ru/"))
			.hasSizeGreaterThan(15);
		assertThat(labels.releases()).filteredOn((r) -> r.url().startsWith("http://en.kremlin.ru/"))
			.hasSizeGreaterThan(40);
		assertThat(labels.releases()).flatExtracting(Labels.Labeled::topics)
			.contains("sanctions", "nato-expansion", "security-guarantees", "ukraine", "arms-control", "energy");
		assertThat(labels.releases()).flatExtracting(Labels.Labeled::meetings)
			.extracting(Labels.Meeting::status)
			.contains("ANNOUNCED", "HELD");
		assertThat(labels.releases()).flatExtracting(Labels.Labeled::warnings).isNotEmpty();
		assertThat(labels.releases()).filteredOn(
				(r) -> r.topics().isEmpty() && r.meetings().isEmpty() && r.calls().isEmpty() && r.warnings().isEmpty())
			.as("negatives")
			.isNotEmpty();
	}

}
