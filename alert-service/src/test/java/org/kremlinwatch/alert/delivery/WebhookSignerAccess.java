package org.kremlinwatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies a received signature the way a receiver would, independently of
 * {@link WebhookSigner}: recomputes the HMAC with javax.crypto and compares.
 */
public final class WebhookSignerAccess {

	private WebhookSignerAccess() {
	}

	public static boolean verify(String secret, String id, String timestamp, String body, String signatureHeader) {
		if (secret == null || id == null || timestamp == null || signatureHeader == null) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String expected = "v1," + Base64.getEncoder()
				.encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
			// The header may list several space-separated signatures.
			for (String candidate : signatureHeader.split(" ")) {
				if (candidate.equals(expected)) {
					return true;
				}
			}
			return false;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
