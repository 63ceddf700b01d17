package org.kremlinwatch.alert.console;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.kremlinwatch.alert.delivery.WebhookSender;
import org.kremlinwatch.alert.subscriber.Caller;
import org.kremlinwatch.events.EventJson;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/v1/subscriptions/{id}/test}: sends the subscription's webhook one
 * signed test event at once (not through the outbox, no retry) and answers what the
 * receiver said, so that a subscriber can check URL, secret and signature checking.
 */
@RestController
class WebhookTestController {

	private final JdbcClient jdbc;

	private final WebhookSender sender;

	WebhookTestController(JdbcClient jdbc, WebhookSender sender) {
		this.jdbc = jdbc;
		this.sender = sender;
	}

	@PostMapping("/api/v1/subscriptions/{id}/test")
	TestResult test(Caller caller, @PathVariable UUID id) throws InterruptedException {
		Target target = this.jdbc
			.sql("SELECT webhook_url, webhook_secret FROM subscription WHERE id = ? AND subscriber_id = ?")
			.params(id, caller.subscriberId())
			.query((rs, row) -> new Target(rs.getString(1), rs.getString(2)))
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + id));
		if (target.url() == null) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "subscription " + id + " has no webhook");
		}
		String webhookId = "test_" + UUID.randomUUID();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "test");
		event.put("subscriptionId", id.toString());
		event.put("occurredAt", Instant.now().toString());
		event.put("message", "kremlinwatch test event: your webhook works");
		byte[] body = EventJson.mapper().writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
		WebhookSender.Result result = this.sender.post(target.url(), target.secret(), webhookId, body);
		return new TestResult(webhookId, result.statusCode(), result.error());
	}

	private record Target(String url, String secret) {
	}

	/**
	 * What became of the test call.
	 *
	 * @param webhookId the {@code webhook-id} it carried ({@code test_...})
	 * @param statusCode the receiver's HTTP status, {@code null} when there was no answer
	 * @param error why there was no answer
	 */
	record TestResult(String webhookId, Integer statusCode, String error) {
	}

}
