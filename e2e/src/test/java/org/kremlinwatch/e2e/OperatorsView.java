package org.kremlinwatch.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metric names that operators' dashboards and alerting rules depend on, read from the
 * Grafana dashboards and Prometheus rules in {@code ops/}, and the names a running
 * service exports.
 */
final class OperatorsView {

	private static final Pattern METRIC = Pattern.compile("\\b((?:kremlinwatch|kafka|jvm)_[a-z0-9_]+)");

	private static final Pattern EXPR = Pattern.compile("\"?expr\"?\\s*:\\s*(.+)");

	private OperatorsView() {
	}

	/** Every metric name used in a dashboard panel or an alerting rule. */
	static Set<String> metricsInUse() {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> files = Stream.concat(Files.list(Stack.ROOT.resolve("ops/grafana/dashboards")),
				Files.list(Stack.ROOT.resolve("ops/prometheus/rules")))) {
			files.filter((file) -> file.toString().endsWith(".json") || file.toString().endsWith(".yml"))
				.forEach((file) -> collect(file, names));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	/** The metric names in a Prometheus scrape ({@code /actuator/prometheus}). */
	static Set<String> exported(String scrape) {
		Set<String> names = new TreeSet<>();
		scrape.lines()
			.filter((line) -> !line.startsWith("#") && !line.isBlank())
			.forEach((line) -> names.add(line.split("[{ ]", 2)[0]));
		return names;
	}

	/**
	 * The most heap the JVM may use, from a Prometheus scrape: the sum of
	 * {@code jvm_memory_max_bytes} over the heap's memory pools.
	 */
	static double maxHeapBytes(String scrape) {
		return scrape.lines()
			.filter((line) -> line.startsWith("jvm_memory_max_bytes{") && line.contains("area=\"heap\""))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.filter((bytes) -> bytes > 0)
			.sum();
	}

	private static void collect(Path file, Set<String> names) {
		try {
			for (String line : Files.readAllLines(file)) {
				Matcher expr = EXPR.matcher(line);
				if (expr.find()) {
					Matcher metric = METRIC.matcher(expr.group(1));
					while (metric.find()) {
						names.add(metric.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
