package org.kremlinwatch.alert.subscriber;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Creates API keys and the hashes under which they are stored. */
final class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiKeys() {
	}

	/** A new key: {@code kw_} and 32 random bytes, URL-safe so it pastes into a shell. */
	static String newKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "kw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * SHA-256 in hex. Keys carry 256 random bits, so an unsalted fast hash is enough: no
	 * dictionary can reach them, and a fast hash lets each request look its key up.
	 */
	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	static boolean sameSecret(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
