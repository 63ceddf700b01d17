package org.kremlinwatch.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailSenderTests {

	@Test
	void withoutAnSmtpServerTheAttemptFailsWithAReasonInsteadOfThrowing() {
		EmailSender sender = new EmailSender(null, "kremlinwatch@localhost");
		PendingDelivery delivery = new PendingDelivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 0,
				Instant.now(), "{}", null, null, true, "email", "someone@example.org", null, "mine", "en:1", null);

		WebhookSender.Result result = sender.send(delivery, List.of());

		assertThat(result.delivered()).isFalse();
		assertThat(result.error()).isEqualTo("no SMTP server configured: set spring.mail.host (and spring.mail.port)");
	}

}
