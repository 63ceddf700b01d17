package org.kremlinwatch.extract.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.extract.engine.Extractor;
import org.kremlinwatch.extract.engine.Tagger;

/**
 * {@code kremlinwatch extract [FILE...]}: tags releases offline, without Spring or Kafka.
 * Reads each file (standard input when none) as JSON lines in the ReleaseFetched v1 shape
 * or as a saved Kremlin HTML page, and prints one ReleaseTagged v1 JSON line per release
 * on standard output, in input order. Errors go to standard error, naming the file and
 * line; the rest still go through. Exit code 0 when all went well, 1 otherwise.
 * <p>
 * System properties {@code kremlinwatch.extract.taxonomy} and
 * {@code kremlinwatch.extract.gazetteer} point at edited copies of the rules.
 */
public final class ExtractCli {

	private final Tagger tagger;

	private final PrintStream out;

	private final PrintStream err;

	private final ReleaseReader lines = new ReleaseReader();

	private final PageReader pages = new PageReader();

	ExtractCli(Tagger tagger, PrintStream out, PrintStream err) {
		this.tagger = tagger;
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		Extractor extractor = Extractor.of(
				System.getProperty("kremlinwatch.extract.taxonomy", Extractor.DEFAULT_TAXONOMY),
				System.getProperty("kremlinwatch.extract.gazetteer", Extractor.DEFAULT_GAZETTEER));
		PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
		int status = new ExtractCli(new Tagger(extractor), out, System.err).run(args, System.in);
		out.flush();
		System.exit(status);
	}

	/** Tags every release of {@code args} (or {@code stdin}); returns the exit code. */
	int run(String[] args, InputStream stdin) {
		boolean ok = true;
		if (args.length == 0) {
			ok = process("<stdin>", read(stdin));
		}
		for (String arg : args) {
			try {
				ok &= process(arg, Files.readString(Path.of(arg), StandardCharsets.UTF_8));
			}
			catch (IOException | RuntimeException ex) {
				this.err.println(arg + ": cannot read: " + ex.getMessage());
				ok = false;
			}
		}
		this.out.flush();
		return ok ? 0 : 1;
	}

	private boolean process(String source, String content) {
		if (content.stripLeading().startsWith("<")) {
			try {
				emit(this.pages.read(content, Path.of(source).getFileName().toString()));
				return true;
			}
			catch (RuntimeException ex) {
				this.err.println(source + ": " + ex.getMessage());
				return false;
			}
		}
		boolean ok = true;
		try (BufferedReader reader = new BufferedReader(new StringReader(content))) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				try {
					emit(this.lines.read(line));
				}
				catch (RuntimeException ex) {
					this.err.println(source + ": line " + number + ": " + firstLine(ex));
					ok = false;
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return ok;
	}

	private void emit(ReleaseFetched release) {
		this.out.println(EventJson.mapper().writeValueAsString(this.tagger.tag(release, Instant.now())));
	}

	private static String firstLine(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() instanceof IllegalArgumentException) {
			cause = cause.getCause();
		}
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return message.lines().findFirst().orElse(message);
	}

	private static String read(InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read standard input", ex);
		}
	}

}
