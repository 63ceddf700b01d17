package org.kremlinwatch.extract.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads the engine's YAML resources from the class path or from a file that overrides
 * them.
 */
public final class Resources {

	private Resources() {
	}

	/**
	 * The bytes of {@code location}: {@code classpath:name}, {@code file:path} or a plain
	 * file path.
	 */
	public static byte[] read(String location) {
		try {
			if (location.startsWith("classpath:")) {
				String name = location.substring("classpath:".length()).replaceFirst("^/", "");
				try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
					if (in == null) {
						throw new IllegalArgumentException("no class path resource " + name);
					}
					return in.readAllBytes();
				}
			}
			String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
			return Files.readAllBytes(Path.of(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + location, ex);
		}
	}

	/** The first 8 hex digits of the SHA-256 of {@code bytes}. */
	public static String shortHash(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
