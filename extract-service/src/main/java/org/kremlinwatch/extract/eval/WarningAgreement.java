package org.kremlinwatch.extract.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kremlinwatch.extract.engine.ReleaseInput;
import org.kremlinwatch.extract.text.PageFurniture;
import org.kremlinwatch.extract.text.Sentence;
import org.kremlinwatch.extract.text.SentenceSplitter;

/**
 * How far two label files agree on warnings, sentence by sentence: no extractor, only the
 * labels. Two labelers rarely copy the same words of a sentence as their cue, so each cue
 * is placed in the sentence of the release that holds it (split as the extractor splits),
 * and the two files are compared by sentence. The releases compared are those of the
 * first file; the second must label each of them (it may label more). This is the ceiling
 * against which the extractor's warning figures are read: a target above what two careful
 * people reach could not be met by anyone.
 *
 * @param both sentences both files label a warning in
 * @param onlyFirst sentences only the first file labels, as "url: cue"
 * @param onlySecond sentences only the second file labels, as "url: cue"
 */
public record WarningAgreement(int both, List<String> onlyFirst, List<String> onlySecond) {

	public static WarningAgreement compare(Path corpusRoot, Path first, Path second) {
		Map<String, ReleaseInput> corpus = CorpusReleases.loadWithPages(corpusRoot);
		Map<String, Labels.Labeled> others = new LinkedHashMap<>();
		Labels.read(second).releases().forEach((r) -> others.put(r.url(), r));
		int both = 0;
		List<String> onlyFirst = new ArrayList<>();
		List<String> onlySecond = new ArrayList<>();
		for (Labels.Labeled labeled : Labels.read(first).releases()) {
			ReleaseInput release = corpus.get(labeled.url());
			if (release == null) {
				throw new IllegalArgumentException("labeled release not in the corpus: " + labeled.url());
			}
			Labels.Labeled other = others.get(labeled.url());
			if (other == null) {
				throw new IllegalArgumentException(second + " does not label " + labeled.url());
			}
			List<Sentence> sentences = new SentenceSplitter().split(PageFurniture.blank(release.text()));
			Map<Integer, String> a = bySentence(labeled, sentences, first);
			Map<Integer, String> b = bySentence(other, sentences, second);
			for (Map.Entry<Integer, String> warning : a.entrySet()) {
				if (b.containsKey(warning.getKey())) {
					both++;
				}
				else {
					onlyFirst.add(labeled.url() + ": " + warning.getValue());
				}
			}
			b.entrySet()
				.stream()
				.filter((warning) -> !a.containsKey(warning.getKey()))
				.forEach((warning) -> onlySecond.add(labeled.url() + ": " + warning.getValue()));
		}
		return new WarningAgreement(both, List.copyOf(onlyFirst), List.copyOf(onlySecond));
	}

	/** The sentence index of each cue (two cues of one sentence are one warning). */
	private static Map<Integer, String> bySentence(Labels.Labeled labeled, List<Sentence> sentences, Path file) {
		Map<Integer, String> warnings = new LinkedHashMap<>();
		for (Labels.Warning warning : labeled.warnings()) {
			String cue = warning.cue().toLowerCase(Locale.ROOT);
			int index = -1;
			for (int i = 0; i < sentences.size() && index < 0; i++) {
				if (sentences.get(i).lowerCase().contains(cue)) {
					index = i;
				}
			}
			if (index < 0) {
				throw new IllegalArgumentException(
						file + ": cue in no sentence of " + labeled.url() + ": \"" + warning.cue() + "\"");
			}
			warnings.putIfAbsent(index, warning.cue());
		}
		return warnings;
	}

	/** F1 of one file against the other (symmetric). */
	public double f1() {
		int total = 2 * this.both + this.onlyFirst.size() + this.onlySecond.size();
		return (total == 0) ? 1.0 : 2.0 * this.both / total;
	}

	public String report() {
		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"warning sentences in both %d, only in the first %d, only in the second %d: F1 %.3f%n", this.both,
				this.onlyFirst.size(), this.onlySecond.size(), f1()));
		this.onlyFirst.forEach((w) -> report.append("only first:  ").append(w).append('\n'));
		this.onlySecond.forEach((w) -> report.append("only second: ").append(w).append('\n'));
		return report.toString();
	}

}
