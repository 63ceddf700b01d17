package org.kremlinwatch.alert.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.alert.delivery.SsrfGuard;
import org.kremlinwatch.alert.delivery.WebhookSigner;
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

	private final SsrfGuard guard;

	private final Duration timeout;

	private final HttpClient http;

	WebhookTestController(JdbcClient jdbc, SsrfGuard guard, AlertProperties properties) {
		this.jdbc = jdbc;
		this.guard = guard;
		this.timeout = properties.webhook().timeout();
		this.http = HttpClient.newBuilder()
			.connectTimeout(this.timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
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
		URI url = URI.create(target.url());
		Optional<String> refusal = this.guard.refusal(url);
		if (refusal.isPresent()) {
			return new TestResult(webhookId, null, "refused by the SSRF guard: " + refusal.get());
		}
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("type", "test");
		event.put("subscriptionId", id.toString());
		event.put("occurredAt", Instant.now().toString());
		event.put("message", "kremlinwatch test event: your webhook works");
		byte[] body = EventJson.mapper().writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "kremlinwatch-alert-service")
			.header("webhook-id", webhookId)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSigner.sign(target.secret(), webhookId, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return new TestResult(webhookId, status, null);
		}
		catch (IOException ex) {
			return new TestResult(webhookId, null, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
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
