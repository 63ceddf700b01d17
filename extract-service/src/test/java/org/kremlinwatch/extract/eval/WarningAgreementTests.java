package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.testsupport.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two labelers' warnings compared by sentence, on the corpus's own texts: the ceiling the
 * extractor's warning figures are read against.
 */
class WarningAgreementTests {

	// The address of 24 February 2022; the files below cue some of its warnings by
	// different words of the same sentences.
	private static final String RELEASE = "http://en.kremlin.ru/events/president/news/67843";

	@Test
	void countsASentenceOnceWhicheverWordsEachLabelerCopied(@TempDir Path dir) throws IOException {
		Path first = labels(dir, "first.yml", "any potential aggressor will face defeat",
				"will face defeat and ominous consequences", "We cannot stay idle and passively observe");
		Path second = labels(dir, "second.yml", "there should be no doubt for anyone that any potential aggressor",
				"We will not make this mistake the second time");
		// The second file may label releases the first does not.
		Files.writeString(second, "  - url: http://en.kremlin.ru/events/president/news/67809\n    warnings: []\n",
				StandardOpenOption.APPEND);

		WarningAgreement agreement = WarningAgreement.compare(Corpus.root(), first, second);

		assertThat(agreement.both()).isEqualTo(1);
		assertThat(agreement.onlyFirst()).containsExactly(RELEASE + ": We cannot stay idle and passively observe");
		assertThat(agreement.onlySecond()).containsExactly(RELEASE + ": We will not make this mistake the second time");
		assertThat(agreement.f1()).isEqualTo(0.5);
	}

	@Test
	void aCueInNoSentenceOrAReleaseTheOtherFileLacksIsAnErrorNotADisagreement(@TempDir Path dir) throws IOException {
		Path typo = labels(dir, "typo.yml", "any potential agressor will face defeat");
		Path empty = write(dir, "empty.yml", """
				labeled: [warnings]
				releases: []
				""");

		assertThatThrownBy(() -> WarningAgreement.compare(Corpus.root(), typo, typo))
			.hasMessageContaining("cue in no sentence of " + RELEASE)
			.hasMessageContaining("agressor");
		assertThatThrownBy(() -> WarningAgreement.compare(Corpus.root(), typo, empty))
			.hasMessageContaining("does not label " + RELEASE);
	}

	@Test
	void twoWholeReadsOfTheSameTranscriptsAgreeFarAboveTheExtractor() {
		// Round 21: 8 transcripts of the second check read whole a second time, blind.
		// Against the merged list of long20-check2.yml: 66 sentences in both, 3 only in
		// the second read, 9 only in the list (F1 0.917), where the extractor scores
		// 0.571 on the same releases; README "Round 21" reads the two together.
		WarningAgreement agreement = WarningAgreement.compare(Corpus.root(), Path.of("eval/agreement21-warnings.yml"),
				Path.of("eval/long20-check2.yml"));
		System.out.print(agreement.report());

		assertThat(agreement.both()).isEqualTo(66);
		assertThat(agreement.onlyFirst()).hasSize(3);
		assertThat(agreement.onlySecond()).hasSize(9);
		assertThat(agreement.f1()).isGreaterThan(0.9);
	}

	/** A warnings-only label file of {@link #RELEASE} alone, with these cues. */
	private static Path labels(Path dir, String name, String... cues) throws IOException {
		StringBuilder yaml = new StringBuilder(
				"labeled: [warnings]\nreleases:\n  - url: " + RELEASE + "\n    warnings:\n");
		for (String cue : cues) {
			yaml.append("      - {speaker: Vladimir Putin, cue: \"").append(cue).append("\"}\n");
		}
		return write(dir, name, yaml.toString());
	}

	private static Path write(Path dir, String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
