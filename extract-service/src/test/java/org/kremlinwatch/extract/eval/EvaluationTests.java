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

	private static final Path HELD_OUT = Path.of("eval/heldout.yml");

	private static final Path HELD_OUT_2 = Path.of("eval/heldout2.yml");

	private static final Path HELD_OUT_3 = Path.of("eval/heldout3.yml");

	private static final Path HELD_OUT_4 = Path.of("eval/heldout4.yml");

	private static final Path HELD_OUT_5 = Path.of("eval/heldout5.yml");

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

	@Test
	void keepsTheFiguresReachedOnTheHeldOutSet() {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), HELD_OUT);
		System.out.println(evaluation.report());

		// Floors at the figures reached (README): first measured on these releases
		// unseen, raised after round 4, which tuned on them (a tuning set since), and
		// after round 5 (calls). They may rise with general rule changes, never fall.
		assertThat(evaluation.releases()).isGreaterThanOrEqualTo(40);
		assertThat(evaluation.topicMicroF1()).as("topic micro-F1").isGreaterThanOrEqualTo(0.90);
		assertThat(evaluation.meetingF1()).as("meeting F1").isGreaterThanOrEqualTo(0.93);
		assertThat(evaluation.warningF1()).as("warning F1").isGreaterThanOrEqualTo(0.95);
		assertThat(evaluation.callF1()).as("call F1").isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetTwo() {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), HELD_OUT_2);
		System.out.println(evaluation.report());

		// Floors first at the figures of the one unseen run on these releases (round 4),
		// raised to those reached in round 5, which tuned on them (a tuning set since).
		assertThat(evaluation.releases()).isGreaterThanOrEqualTo(50);
		assertThat(evaluation.topicMicroF1()).as("topic micro-F1").isGreaterThanOrEqualTo(0.99);
		assertThat(evaluation.meetingF1()).as("meeting F1").isGreaterThanOrEqualTo(0.89);
		assertThat(evaluation.warningF1()).as("warning F1").isGreaterThanOrEqualTo(0.95);
		assertThat(evaluation.callF1()).as("call F1").isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetThree() {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), HELD_OUT_3);
		System.out.println(evaluation.report());

		// Floors at the figures of the one run on these releases, labeled (round 5)
		// before the extractor saw them (README).
		assertThat(evaluation.releases()).isGreaterThanOrEqualTo(45);
		assertThat(evaluation.topicMicroF1()).as("topic micro-F1").isGreaterThanOrEqualTo(0.94);
		assertThat(evaluation.meetingF1()).as("meeting F1").isGreaterThanOrEqualTo(0.89);
		assertThat(evaluation.warningF1()).as("warning F1").isGreaterThanOrEqualTo(0.99);
		assertThat(evaluation.callF1()).as("call F1").isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetsFourAndFive() {
		// Floors at the round-7 figures. Each set was scored once unseen (set 4 by the
		// round-6 extractor, set 5 by the round-7 one, README) and tuned on since.
		Evaluation four = Evaluation.run(Extractor.withDefaults(), Corpus.root(), HELD_OUT_4);
		System.out.println(four.report());
		assertThat(four.releases()).isGreaterThanOrEqualTo(50);
		assertThat(four.topicMicroF1()).as("set 4 topic micro-F1").isGreaterThanOrEqualTo(0.92);
		assertThat(four.meetingF1()).as("set 4 meeting F1").isGreaterThanOrEqualTo(0.72);
		assertThat(four.warningF1()).as("set 4 warning F1").isGreaterThanOrEqualTo(0.99);
		assertThat(four.callF1()).as("set 4 call F1").isGreaterThanOrEqualTo(0.87);
		Evaluation five = Evaluation.run(Extractor.withDefaults(), Corpus.root(), HELD_OUT_5);
		System.out.println(five.report());
		assertThat(five.releases()).isGreaterThanOrEqualTo(40);
		assertThat(five.topicMicroF1()).as("set 5 topic micro-F1").isGreaterThanOrEqualTo(0.87);
		assertThat(five.meetingF1()).as("set 5 meeting F1").isGreaterThanOrEqualTo(0.81);
		assertThat(five.warningF1()).as("set 5 warning F1").isGreaterThanOrEqualTo(0.87);
		assertThat(five.callF1()).as("set 5 call F1").isGreaterThanOrEqualTo(0.89);
	}

	@Test
	void everyLabeledSetIsDisjointFromTheOthers() {
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (Path set : java.util.List.of(LABELS, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5)) {
			java.util.List<String> urls = Labels.read(set).releases().stream().map(Labels.Labeled::url).toList();
			assertThat(urls).as(set.toString()).doesNotHaveDuplicates().noneMatch(seen::contains);
			seen.addAll(urls);
		}
	}

	@Test
	void heldOutSetThreeIsDisjointFromTheOthersAndRichInEvents() {
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (Path set : java.util.List.of(LABELS, HELD_OUT, HELD_OUT_2)) {
			Labels.read(set).releases().forEach((r) -> seen.add(r.url()));
		}
		Labels heldOut = Labels.read(HELD_OUT_3);
		assertThat(heldOut.releases()).extracting(Labels.Labeled::url)
			.doesNotHaveDuplicates()
			.doesNotContainAnyElementsOf(seen);
		assertThat(heldOut.releases()).filteredOn((r) -> r.url().startsWith("http://kremlin.ru/"))
			.hasSizeGreaterThanOrEqualTo(15);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::meetings).hasSizeGreaterThanOrEqualTo(12);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::warnings).hasSizeGreaterThanOrEqualTo(7);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::calls).hasSizeGreaterThanOrEqualTo(10);
		// The round-5 conventions: undated earlier calls and videoconferences without a
		// place are labeled.
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::calls)
			.extracting(Labels.Call::date)
			.containsNull();
	}

	@Test
	void heldOutSetIsDisjointFromTheDevelopmentSetAndRichInEvents() {
		Labels development = Labels.read(LABELS);
		Labels heldOut = Labels.read(HELD_OUT);
		assertThat(heldOut.releases()).extracting(Labels.Labeled::url)
			.doesNotHaveDuplicates()
			.doesNotContainAnyElementsOf(development.releases().stream().map(Labels.Labeled::url).toList());
		assertThat(heldOut.releases()).filteredOn((r) -> r.url().startsWith("http://kremlin.ru/"))
			.hasSizeGreaterThanOrEqualTo(10);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::warnings).hasSizeGreaterThanOrEqualTo(10);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::meetings)
			.filteredOn((m) -> "ANNOUNCED".equals(m.status()))
			.hasSizeGreaterThanOrEqualTo(10);
	}

	@Test
	void heldOutSetTwoIsDisjointFromTheOthersAndRichInEvents() {
		java.util.List<String> seen = new java.util.ArrayList<>();
		Labels.read(LABELS).releases().forEach((r) -> seen.add(r.url()));
		Labels.read(HELD_OUT).releases().forEach((r) -> seen.add(r.url()));
		Labels heldOut = Labels.read(HELD_OUT_2);
		assertThat(heldOut.releases()).extracting(Labels.Labeled::url)
			.doesNotHaveDuplicates()
			.doesNotContainAnyElementsOf(seen);
		assertThat(heldOut.releases()).filteredOn((r) -> r.url().startsWith("http://kremlin.ru/"))
			.hasSizeGreaterThanOrEqualTo(15);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::warnings).hasSizeGreaterThanOrEqualTo(12);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::meetings).hasSizeGreaterThanOrEqualTo(12);
		assertThat(heldOut.releases()).flatExtracting(Labels.Labeled::calls).hasSizeGreaterThanOrEqualTo(5);
	}

}
