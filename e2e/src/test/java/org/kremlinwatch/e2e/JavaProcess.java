package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A component of the pipeline running as a real, separate JVM, as it runs in production:
 * its output goes to a log file under {@code target/e2e-logs} that the test prints when
 * it fails.
 */
final class JavaProcess implements AutoCloseable {

	private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

	private final String name;

	private final Path log;

	private final List<String> command;

	private final Process process;

	private JavaProcess(String name, Path log, List<String> command, Process process) {
		this.name = name;
		this.log = log;
		this.command = command;
		this.process = process;
	}

	/**
	 * Starts {@code java <jvmAndProgramArgs>} with its output in {@code logDir/name.log}.
	 */
	static JavaProcess start(String name, Path logDir, List<String> jvmAndProgramArgs) {
		List<String> command = new ArrayList<>();
		command.add(JAVA);
		command.addAll(jvmAndProgramArgs);
		try {
			Files.createDirectories(logDir);
			Path log = logDir.resolve(name + ".log");
			Files.deleteIfExists(log);
			return launch(name, log, command);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + name + ": " + command, ex);
		}
	}

	private static JavaProcess launch(String name, Path log, List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new JavaProcess(name, log, command, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + name + ": " + command, ex);
		}
	}

	/** Starts the same command again, its output appended to the same log. */
	JavaProcess restart() {
		if (this.process.isAlive()) {
			throw new IllegalStateException(this.name + " still runs");
		}
		return launch(this.name, this.log, this.command);
	}

	String name() {
		return this.name;
	}

	/** Kills it without warning (SIGKILL), as a crash or the OOM killer would. */
	void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	private void waitForExit() {
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Every line logged so far. */
	List<String> logLines() {
		try {
			return Files.readAllLines(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** The last lines of the log, for failure messages. */
	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "---- " + this.name + " (" + this.log + ") ----\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "---- " + this.name + ": no log (" + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops it the way an operator does (SIGTERM), and kills it if it does not stop in
	 * time.
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
