package org.kremlinwatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook calls the Standard Webhooks way, so that receivers can verify them with
 * any of that spec's libraries: {@code v1,} + base64(HMAC-SHA256(key, id + "." +
 * timestamp + "." + body)), where the key is the base64 part of the {@code whsec_}
 * secret.
 */
public final class WebhookSigner {

	/** Prefix of every webhook secret. */
	public static final String SECRET_PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private WebhookSigner() {
	}

	/** A new secret: {@code whsec_} and 24 random bytes in base64. */
	public static String newSecret() {
		byte[] key = new byte[24];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * Whether {@code secret} is {@code whsec_} followed by base64 of at least 16 bytes.
	 */
	public static boolean isValidSecret(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
			return false;
		}
		try {
			return key(secret).length >= 16;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** The {@code webhook-signature} header value for one call. */
	public static String sign(String secret, String webhookId, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
			mac.update((webhookId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every JDK has HmacSHA256", ex);
		}
	}

	private static byte[] key(String secret) {
		return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
	}

}
