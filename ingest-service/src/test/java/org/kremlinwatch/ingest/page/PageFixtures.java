package org.kremlinwatch.ingest.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the hand-written page fixtures in {@code src/test/resources/pages}. */
final class PageFixtures {

	private PageFixtures() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = PageFixtures.class.getResourceAsStream("/pages/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture pages/" + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String utf8(String name) {
		return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
	}

}
