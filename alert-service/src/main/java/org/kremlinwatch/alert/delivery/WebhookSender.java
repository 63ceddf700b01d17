package org.kremlinwatch.alert.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.support.tracing.TraceContexts;

import org.springframework.stereotype.Component;

/**
 * Makes one signed webhook call, for the outbox and for a subscriber's test call alike.
 * The SSRF guard runs again right before the call, since the name may resolve elsewhere
 * than when the subscription was saved. Redirects are not followed: a redirect could lead
 * past the guard.
 */
@Component
public final class WebhookSender {

	private final HttpClient http;

	private final SsrfGuard guard;

	private final Duration timeout;

	private final TraceContexts traces;

	WebhookSender(SsrfGuard guard, AlertProperties properties, TraceContexts traces) {
		this.traces = traces;
		this.guard = guard;
		this.timeout = properties.webhook().timeout();
		this.http = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	Result send(PendingDelivery delivery) throws InterruptedException {
		// Re-serialized from the record so the body reads in contract order (jsonb
		// reorders keys); the same bytes on every attempt.
		byte[] body = EventJson.mapper()
			.writeValueAsString(EventJson.mapper().readValue(delivery.payload(), AlertRaised.class))
			.getBytes(StandardCharsets.UTF_8);
		return post(delivery.webhookUrl(), delivery.webhookSecret(), delivery.alertId().toString(), body);
	}

	/**
	 * Posts {@code body} to {@code webhookUrl}, signed the Standard Webhooks way.
	 * @param webhookUrl where to
	 * @param secret the {@code whsec_} secret
	 * @param id the {@code webhook-id}
	 * @param body the JSON body
	 * @return what the receiver answered
	 * @throws InterruptedException when the service shuts down during the call
	 */
	public Result post(String webhookUrl, String secret, String id, byte[] body) throws InterruptedException {
		URI url = URI.create(webhookUrl);
		Optional<String> refusal = this.guard.refusal(url);
		if (refusal.isPresent()) {
			return new Result(null, "refused by the SSRF guard: " + refusal.get(), null);
		}
		long timestamp = Instant.now().getEpochSecond();
		HttpRequest.Builder request = HttpRequest.newBuilder(url)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header("User-Agent", "kremlinwatch-alert-service")
			.header("webhook-id", id)
			.header("webhook-timestamp", Long.toString(timestamp))
			.header("webhook-signature", WebhookSigner.sign(secret, id, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		// The receiver may carry on the release's trace (W3C traceparent).
		this.traces.inject(request::header);
		try {
			HttpResponse<Void> response = this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
					Instant.now());
			return new Result(response.statusCode(), null, retryAfter);
		}
		catch (IOException ex) {
			return new Result(null, ex.getClass().getSimpleName() + ": " + ex.getMessage(), null);
		}
	}

	/**
	 * @param statusCode the receiver's answer, {@code null} when there was none
	 * @param error why there was no answer
	 * @param retryAfter the receiver's {@code Retry-After}, if any
	 */
	public record Result(Integer statusCode, String error, Duration retryAfter) {

		boolean delivered() {
			return this.statusCode != null && this.statusCode >= 200 && this.statusCode < 300;
		}

	}

}
