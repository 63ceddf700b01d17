package org.kremlinwatch.stack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} command-line options of the launchers; small on purpose, they take
 * a handful each.
 */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private Options(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
			}
			this.values.put(args[i].substring(2), args[++i]);
		}
	}

	static Options parse(String[] args) {
		return new Options(args);
	}

	String get(String name, String defaultValue) {
		return this.values.getOrDefault(name, defaultValue);
	}

	int port(String name, int defaultValue) {
		return Integer.parseInt(get(name, String.valueOf(defaultValue)));
	}

	Path path(String name, String defaultValue) {
		return Path.of(get(name, defaultValue)).toAbsolutePath().normalize();
	}

}
