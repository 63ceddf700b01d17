package org.kremlinwatch.extract.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EngineCodeTests {

	@Test
	void versionNamesTheRulesAndTheCodeThatMadeARecord() {
		assertThat(Extractor.withDefaults().version()).matches("0\\.1\\.0\\+taxonomy-[0-9a-f]{8}\\.code-[0-9a-f]{8}")
			.endsWith(".code-" + EngineCode.HASH);
	}

	@Test
	void codeHashDoesNotDependOnTheRulesLoaded() {
		Extractor shipped = Extractor.withDefaults();
		Extractor same = Extractor.of(Extractor.DEFAULT_TAXONOMY, Extractor.DEFAULT_GAZETTEER);
		assertThat(same.version()).isEqualTo(shipped.version()).isEqualTo(Extractor.EXTRACTOR_VERSION);
	}

	@Test
	void everyClassOfTheEnginePackagesIsHashed() throws IOException, URISyntaxException {
		// The classes are compiled to a directory in the build: every class file of the
		// engine's packages there must be in the hash, so that a new class of rules
		// cannot change the output without changing the version.
		Path root = Path.of(EngineCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path extract = root.resolve("org/kremlinwatch/extract");
		List<String> compiled;
		try (Stream<Path> files = EngineCode.PACKAGES.stream().map(extract::resolve).flatMap(EngineCodeTests::list)) {
			compiled = files.map((file) -> root.relativize(file).toString().replace('/', '.'))
				.filter((name) -> name.endsWith(".class") && !name.endsWith("package-info.class"))
				.map((name) -> name.substring(0, name.length() - ".class".length()))
				.toList();
		}
		assertThat(compiled).hasSizeGreaterThan(EngineCode.CLASSES.size());
		assertThat(EngineCode.classNames()).containsExactlyInAnyOrderElementsOf(compiled);
	}

	private static Stream<Path> list(Path directory) {
		try {
			return Files.list(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
