package org.kremlinwatch.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignerTests {

	@Test
	void reproducesTheStandardWebhooksPublishedExample() {
		// The test vector of the Standard Webhooks reference libraries.
		String signature = WebhookSigner.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

		assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void signsIdTimestampAndBodyWithTheDecodedSecret() throws Exception {
		String secret = WebhookSigner.newSecret();
		String id = "0d7f3a52-5a8e-4d8c-9b6e-1f2a3b4c5d6e";
		long timestamp = 1_700_000_000L;
		byte[] body = "{\"title\":\"Переговоры в Женеве\"}".getBytes(StandardCharsets.UTF_8);

		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		String expected = "v1," + Base64.getEncoder()
			.encodeToString(mac.doFinal((id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8))
				.getBytes(StandardCharsets.UTF_8)));

		assertThat(WebhookSigner.sign(secret, id, timestamp, body)).isEqualTo(expected);
	}

	@Test
	void generatesSecretsOfTwentyFourRandomBytes() {
		String secret = WebhookSigner.newSecret();

		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
		assertThat(WebhookSigner.isValidSecret(secret)).isTrue();
		assertThat(secret).isNotEqualTo(WebhookSigner.newSecret());
	}

	@Test
	void rejectsSecretsWithoutPrefixOrBase64() {
		assertThat(WebhookSigner.isValidSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
		assertThat(WebhookSigner.isValidSecret("whsec_not base64!")).isFalse();
		assertThat(WebhookSigner.isValidSecret("whsec_c2hvcnQ=")).isFalse();
	}

}
