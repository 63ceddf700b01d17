package org.kremlinwatch.extract.eval;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	private static final Path HELD_OUT_6 = Path.of("eval/heldout6.yml");

	private static final Path HELD_OUT_7 = Path.of("eval/heldout7.yml");

	private static final Path HELD_OUT_8 = Path.of("eval/heldout8.yml");

	private static final Path HELD_OUT_9 = Path.of("eval/heldout9.yml");

	private static final Path HELD_OUT_10 = Path.of("eval/heldout10.yml");

	private static final Path HELD_OUT_11 = Path.of("eval/heldout11.yml");

	private static final Path HELD_OUT_12 = Path.of("eval/heldout12.yml");

	private static final Path HELD_OUT_13 = Path.of("eval/heldout13.yml");

	private static final Path HELD_OUT_14 = Path.of("eval/heldout14.yml");

	private static final Path HELD_OUT_15 = Path.of("eval/heldout15.yml");

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

	/*
	 * Floors on the held-out sets: each was first scored once, unseen (README), and most
	 * were tuned on since, so their floors are the figures reached. They may rise with
	 * general rule changes, never fall. The warning floors of sets 1-5 were set anew in
	 * round 14, when their warnings were relabeled under the conventions of sets 6-8 (66
	 * warnings became 137; LABELING.md, "Round 14"): the same rules' figures on the new
	 * labels. They rose with the round-14 warning families (README, "Round 14"), and so
	 * did set 6's.
	 */

	@Test
	void keepsTheFiguresReachedOnTheHeldOutSet() {
		// Unseen in round 3; tuned on in round 4 and for calls in round 5. The round-19
		// relabel added a warning the rules miss (LABELING.md): warnings 0.973 -> 0.947.
		// Round 20 read its long transcript whole for warnings (the second check, not
		// tuned on): 19 -> 25 warnings, 0.947 -> 0.818.
		assertFloors(HELD_OUT, 40, 0.97, 0.96, 0.81, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetTwo() {
		// Unseen in round 4; tuned on in round 5. The round-19 relabel added an undated
		// meeting (a charter adopted in Istanbul): meetings 0.953 -> 0.943. Round 20 read
		// its three long transcripts whole for warnings (the second check, not tuned
		// on): warnings 0.936 -> 0.721.
		assertFloors(HELD_OUT_2, 50, 0.99, 0.94, 0.72, 0.95);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetThree() {
		// Unseen in round 5. Round 20 read its two long transcripts whole for warnings
		// (the second check, not tuned on; Scholz's threat to Russia no longer labeled):
		// warnings 0.897 -> 0.615.
		assertFloors(HELD_OUT_3, 45, 0.97, 0.97, 0.61, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetsFourAndFive() {
		// Unseen in rounds 6 and 7; tuned on in rounds 7 and 8, for calls in round 14.
		// The round-19 relabel added documents signed in a city as earlier meetings
		// (meetings 0.831 -> 0.817 and 0.943 -> 0.911) and set 5 a topic and a warning.
		// Round 20 read their long transcripts whole for warnings (the second check, not
		// tuned on): warnings 0.989 -> 0.710 and 0.815 -> 0.543.
		// Round 20's weekdays ("last Friday"): meetings 0.817 -> 0.826.
		assertFloors(HELD_OUT_4, 50, 0.96, 0.82, 0.70, 0.99);
		assertFloors(HELD_OUT_5, 40, 0.94, 0.91, 0.54, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetSeven() {
		// Unseen in round 10; tuned on for calls in round 11, for meetings and warnings
		// in round 12. Round 20 read its three long transcripts whole for warnings (6 ->
		// 15): warnings 1.000 -> 0.476 by the session-start rules, 0.667 by round 20's.
		assertFloors(HELD_OUT_7, 40, 0.95, 0.91, 0.66, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetSix() {
		// Scored in aggregate by the round-7 to round-11 extractors; tuned on for
		// meetings and warnings in round 12, for calls in round 14 (tuning figures
		// since). The round-19 relabel: topics 0.952 -> 0.989, meetings 0.847 -> 0.837
		// (agreements signed in Minsk). Round 20 read its six long transcripts whole for
		// warnings (14 -> 37): warnings 0.875 -> 0.545 by the session-start rules, 0.769
		// by round 20's (0.788 once the check half was tuned on).
		assertFloors(HELD_OUT_6, 40, 0.98, 0.83, 0.78, 0.94);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetEight() {
		// Labeled blind in round 11 and scored in aggregate only (rounds 10 and 11);
		// tuned on for meetings and warnings in round 12 (the warnings: 8 of its 9
		// found), for calls in round 14. The round-19 relabel added Lukashenko's "how it
		// all ended": warnings 0.941 -> 0.889. Round 20 read its six long transcripts
		// whole for warnings (10 -> 31; all but one of them in the check half, not tuned
		// on until scored): warnings 0.889 -> 0.450, then 0.681 tuned on the check half.
		assertFloors(HELD_OUT_8, 40, 0.99, 0.94, 0.68, 0.88);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetNine() {
		// Labeled blind in round 12 and scored in aggregate only, by the round-12, 13 and
		// 14 extractors; a tuning set from round 15 on: its floors are the figures
		// reached.
		assertFloors(HELD_OUT_9, 42, 0.98, 0.93, 0.69, 0.95);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetTen() {
		// Labeled blind in round 15 and scored once unseen by the round-15 extractor
		// (0.879, 0.848, 0.500, 0.875); a tuning set from round 16 on: its floors are the
		// figures reached.
		assertFloors(HELD_OUT_10, 48, 0.94, 0.90, 1.00, 0.87);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetEleven() {
		// Labeled blind in round 16 and scored once unseen by the round-16 extractor
		// (0.825, 0.833, 0.000, 1.000); a tuning set from round 17 on: its floors are the
		// figures reached.
		assertFloors(HELD_OUT_11, 44, 0.92, 0.88, 1.00, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetTwelve() {
		// All 60 saved pages of 1999-2020, labeled blind in round 17 and scored once
		// unseen by the round-17 extractor (0.909, 0.737, 0.308, 0.897: the same as the
		// session-start rules); a tuning set from round 18 on: its floors are the figures
		// reached (meetings 0.906 in round 19).
		assertFloors(HELD_OUT_12, 60, 1.00, 0.90, 0.91, 0.89);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetThirteen() {
		// 50 ordinary releases drawn at random from those in no label file, labeled blind
		// in round 18 and scored once unseen by the round-18 extractor (0.963, 0.809, no
		// warning labeled and none raised, 1.000: the same as the session-start rules).
		// A tuning set from round 19 on (meetings 0.913 then); its warning floor keeps
		// ordinary releases free of false warnings.
		assertFloors(HELD_OUT_13, 50, 0.96, 0.91, 1.00, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetFourteen() {
		// 50 more ordinary releases drawn at random, labeled blind in round 19 and scored
		// once unseen by the round-19 extractor (0.929, 0.889, 0.000: 2 warnings missed
		// and 1 false, 1.000; the session-start rules: 0.867, 0.857, 0.000, 1.000).
		// Opened at the end of round 19 for one look-alike only: its false warning
		// (thanks for "work that is fraught with danger") is gone. Round 20's "shut
		// themselves off" (a check-half kind) finds one of its two warnings: 0.667.
		assertFloors(HELD_OUT_14, 50, 0.92, 0.88, 0.66, 0.99);
	}

	@Test
	void keepsTheFiguresReachedOnHeldOutSetFifteen() {
		// 30 releases of the pool left after fourteen sets (domestic meetings,
		// greetings),
		// labeled blind in round 20 and scored once unseen by the round-20 extractor
		// (0.839, 0.830, 0.000: its one warning missed, none false; no call); the
		// session-start rules score the same. Then opened: weekdays ("next Tuesday")
		// resolved, meetings 0.830 -> 0.852; an energy minister's title and oil companies
		// named as examples in passing, topics 0.839 -> 0.897.
		assertFloors(HELD_OUT_15, 30, 0.89, 0.85, 0.00, 0.99);
	}

	private static void assertFloors(Path set, int releases, double topics, double meetings, double warnings,
			double calls) {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), set);
		System.out.println(set + "\n" + evaluation.report());
		assertThat(evaluation.releases()).as(set + " releases").isGreaterThanOrEqualTo(releases);
		assertThat(evaluation.topicMicroF1()).as(set + " topic micro-F1").isGreaterThanOrEqualTo(topics);
		assertThat(evaluation.meetingF1()).as(set + " meeting F1").isGreaterThanOrEqualTo(meetings);
		assertThat(evaluation.warningF1()).as(set + " warning F1").isGreaterThanOrEqualTo(warnings);
		assertThat(evaluation.callF1()).as(set + " call F1").isGreaterThanOrEqualTo(calls);
	}

	@Test
	void theLongTranscriptsReadWholeCarryTheSameWarningsInTheirSets() {
		// Round 20 read 35 long transcripts of sets 1-8 and 11 whole for their warnings;
		// the three warnings-only files record how it was measured (design, check, second
		// check), and the sets carry the same lists, so a label corrected in one place
		// must be corrected in the other.
		java.util.Map<String, java.util.List<Labels.Warning>> inSets = new java.util.HashMap<>();
		for (Path set : java.util.List.of(HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6,
				HELD_OUT_7, HELD_OUT_8, HELD_OUT_11)) {
			Labels.read(set).releases().forEach((r) -> inSets.put(r.url(), r.warnings()));
		}
		int releases = 0;
		for (Path half : java.util.List.of(Path.of("eval/long20-design.yml"), Path.of("eval/long20-check.yml"),
				Path.of("eval/long20-check2.yml"))) {
			Labels labels = Labels.read(half);
			assertThat(labels.labeled()).as(half.toString()).containsExactly("warnings");
			for (Labels.Labeled release : labels.releases()) {
				assertThat(inSets).as(half + " " + release.url()).containsKey(release.url());
				assertThat(inSets.get(release.url())).as(half + " " + release.url())
					.containsExactlyElementsOf(release.warnings());
				releases++;
			}
		}
		assertThat(releases).isEqualTo(35);
	}

	@Test
	void keepsTheWarningsFoundInTheLongTranscriptsReadWhole() {
		// Round 20: the design half was tuned on (0.480 -> 0.794); the check half was
		// scored once by the session-start rules and the design-tuned ones (0.423, 11 of
		// 40 found, 1 false) and then tuned on (0.633). Both floors are the figures
		// reached.
		assertWarningFloor(Path.of("eval/long20-design.yml"), 6, 0.79);
		assertWarningFloor(Path.of("eval/long20-check.yml"), 11, 0.63);
		// The second check, the long transcripts of sets 1-5, scored once by the final
		// round-20 rules: 0.570 on its labelers' 178 warnings, 0.598 with the 8 earlier
		// labels kept.
		assertWarningFloor(Path.of("eval/long20-check2.yml"), 18, 0.59);
	}

	@Test
	void namesTheSpeakerOfTheWarningsItFinds() {
		// Round 21 scored speakers for the first time (alerts show them, and a warning's
		// dedupe key holds them): on the development set and sets 1-14, 195 of the 212
		// warnings found named the labeled speaker; 205 once the officials who speak in
		// transcripts joined the gazetteer and a one-word opening («Подчеркну:») stopped
		// passing for a heading. The second check's long transcripts: 75 -> 77 of 81.
		assertThat(Evaluation.run(Extractor.withDefaults(), Corpus.root(), LABELS).warningSpeakerAccuracy())
			.isEqualTo(1.0);
		Evaluation check = Evaluation.run(Extractor.withDefaults(), Corpus.root(), Path.of("eval/long20-check2.yml"));
		assertThat(check.report()).contains("speaker right");
		assertThat(check.warningSpeakerAccuracy()).isGreaterThanOrEqualTo(0.95);
	}

	private static void assertWarningFloor(Path set, int releases, double warnings) {
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), set);
		System.out.println(set + "\n" + evaluation.report());
		assertThat(evaluation.releases()).as(set + " releases").isEqualTo(releases);
		assertThat(evaluation.warningF1()).as(set + " warning F1").isGreaterThanOrEqualTo(warnings);
	}

	@Test
	void aFileThatLabelsOnlyWarningsScoresOnlyWarnings(@TempDir Path dir) throws java.io.IOException {
		// A long transcript (the St Petersburg forum's plenary session) with topics,
		// meetings and warnings of its own: labeled for its warnings alone, its topics
		// and meetings must count neither as false nor as missed.
		Path file = dir.resolve("warnings-only.yml");
		java.nio.file.Files.writeString(file, """
				labeled: [warnings]
				releases:
				  - url: http://en.kremlin.ru/events/president/news/68669
				    warnings:
				      - {speaker: Vladimir Putin, cue: "no cue of this forum reads like this"}
				""");
		Evaluation evaluation = Evaluation.run(Extractor.withDefaults(), Corpus.root(), file);
		assertThat(evaluation.report()).contains("labeled in this file: warnings")
			.contains("warning")
			.doesNotContain("micro")
			.doesNotContain("meeting")
			.doesNotContain("call");
		assertThat(evaluation.differences()).isNotEmpty()
			.allMatch((d) -> d.contains("warning"))
			.anyMatch((d) -> d.contains("missed warning: no cue of this forum"));
		assertThat(evaluation.warningF1()).isZero();
	}

	@Test
	void aFileMustNameTheKindsItLabels(@TempDir Path dir) throws java.io.IOException {
		Path file = dir.resolve("typo.yml");
		java.nio.file.Files.writeString(file, "labeled: [warning]\nreleases: []\n");
		assertThatThrownBy(() -> Labels.read(file)).hasStackTraceContaining("labeled: unknown kind warning");
	}

	@Test
	void everyLabeledSetIsDisjointFromTheOthers() {
		java.util.List<String> seen = new java.util.ArrayList<>();
		for (Path set : java.util.List.of(LABELS, HELD_OUT, HELD_OUT_2, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6,
				HELD_OUT_7, HELD_OUT_8, HELD_OUT_9, HELD_OUT_10, HELD_OUT_11, HELD_OUT_12, HELD_OUT_13, HELD_OUT_14,
				HELD_OUT_15)) {
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
