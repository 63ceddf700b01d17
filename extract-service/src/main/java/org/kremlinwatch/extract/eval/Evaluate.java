package org.kremlinwatch.extract.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.kremlinwatch.extract.engine.Extractor;

/**
 * {@code Evaluate --corpus DIR --labels FILE [--verbose] [--against OTHER]}: scores the
 * shipped rules against the labeled development set and prints per-topic and per-event
 * precision, recall and F1 ({@code --verbose} adds every disagreement). With
 * {@code --against}, no extractor runs: the warnings of the two label files are compared
 * sentence by sentence over the releases of {@code --labels} (how far two labelers agree,
 * {@link WarningAgreement}). Run it from the service jar:
 * {@code java -cp extract-service/target/extract-service-0.1.0-SNAPSHOT.jar
 * -Dloader.main=org.kremlinwatch.extract.eval.Evaluate
 * org.springframework.boot.loader.launch.PropertiesLauncher --corpus ../shared/corpus/kremlin
 * --labels extract-service/eval/labels.yml}.
 */
public final class Evaluate {

	private Evaluate() {
	}

	public static void main(String[] args) {
		Path corpus = null;
		Path labels = null;
		boolean verbose = false;
		Path against = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--corpus" -> corpus = Path.of(args[++i]);
				case "--labels" -> labels = Path.of(args[++i]);
				case "--verbose" -> verbose = true;
				case "--against" -> against = Path.of(args[++i]);
				default -> usage("unknown argument " + args[i]);
			}
		}
		if (corpus == null || labels == null) {
			usage("--corpus and --labels are required");
		}
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		if (against != null) {
			out.print(WarningAgreement.compare(corpus, labels, against).report());
			return;
		}
		Extractor extractor = Extractor.withDefaults();
		Evaluation evaluation = Evaluation.run(extractor, corpus, labels);
		out.println("extractor " + extractor.version());
		out.print(evaluation.report());
		if (verbose) {
			out.println();
			evaluation.differences().forEach(out::println);
		}
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("usage: Evaluate --corpus DIR --labels FILE [--verbose] [--against OTHER]");
		System.exit(2);
	}

}
