package org.kremlinwatch.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

	// The address of 24 February 2022: two warnings of its, and one sentence no one
	// labels, cued by different words of the same sentences.
	private static final String RELEASE = "http://en.kremlin.ru/events/president/news/67843";

	@Test
	void countsASentenceOnceWhicheverWordsEachLabelerCopied(@TempDir Path dir) throws IOException {
		Path first = write(dir, "first.yml", """
				labeled: [warnings]
				releases:
				  - url: %s
				    warnings:
				      - {speaker: Vladimir Putin, cue: "any potential aggressor will face defeat"}
				      - {speaker: Vladimir Putin, cue: "will face defeat and ominous consequences"}
				      - {speaker: Vladimir Putin, cue: "We cannot stay idle and passively observe"}
				""".formatted(RELEASE));
		Path second = write(dir, "second.yml",
				"""
						labeled: [warnings]
						releases:
						  - url: %s
						    warnings:
						      - {speaker: Vladimir Putin, cue: "there should be no doubt for anyone that any potential aggressor"}
						      - {speaker: Vladimir Putin, cue: "We will not make this mistake the second time"}
						  - url: http://en.kremlin.ru/events/president/news/67809
						    warnings: []
						"""
					.formatted(RELEASE));

		WarningAgreement agreement = WarningAgreement.compare(Corpus.root(), first, second);

		assertThat(agreement.both()).isEqualTo(1);
		assertThat(agreement.onlyFirst()).containsExactly(RELEASE + ": We cannot stay idle and passively observe");
		assertThat(agreement.onlySecond()).containsExactly(RELEASE + ": We will not make this mistake the second time");
		assertThat(agreement.f1()).isEqualTo(0.5);
	}

	@Test
	void aCueInNoSentenceOrAReleaseTheOtherFileLacksIsAnErrorNotADisagreement(@TempDir Path dir) throws IOException {
		Path typo = write(dir, "typo.yml", """
				labeled: [warnings]
				releases:
				  - url: %s
				    warnings:
				      - {speaker: Vladimir Putin, cue: "any potential agressor will face defeat"}
				""".formatted(RELEASE));
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

	private static Path write(Path dir, String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text);
		return file;
	}

}
