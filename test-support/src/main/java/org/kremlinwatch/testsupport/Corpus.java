package org.kremlinwatch.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the third-party Kremlin corpus lies (system property {@code kremlinwatch.corpus},
 * set by the build to {@code ../shared/corpus/kremlin}). Tests read it in place; it is
 * never copied into the repository.
 */
public final class Corpus {

	private Corpus() {
	}

	/**
	 * The corpus root, or a skipped test with a message that says why when it is absent.
	 */
	public static Path root() {
		String configured = System.getProperty("kremlinwatch.corpus", "../../shared/corpus/kremlin");
		Path root = Path.of(configured).toAbsolutePath().normalize();
		boolean present = Files.isDirectory(root.resolve("html"));
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must have the Kremlin corpus, but it is absent at " + root);
		}
		Assumptions.assumeTrue(present, () -> "SKIPPED: the Kremlin corpus is absent at " + root
				+ " (set -Dkremlinwatch.corpus=DIR to run the tests over it)");
		return root;
	}

}
