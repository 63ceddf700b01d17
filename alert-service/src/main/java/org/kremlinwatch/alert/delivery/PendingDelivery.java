package org.kremlinwatch.alert.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed outbox row with what is needed to send it.
 *
 * @param id the delivery
 * @param subscriptionId its subscription
 * @param alertId the alert, also the {@code webhook-id}; {@code null} for a digest
 * @param attempts attempts made before this one
 * @param createdAt when the alert was queued, for the latency metric
 * @param payload the AlertRaised JSON as stored; {@code null} for a digest
 * @param webhookUrl where to send it, {@code null} when the webhook was removed
 * @param webhookSecret the {@code whsec_} secret
 * @param webhookEnabled false once the receiver answered 410 Gone
 * @param channel {@code webhook} or {@code email}
 * @param email where e-mails go, {@code null} when the address was removed
 * @param digestId the digest this e-mail sends, {@code null} for one alert
 * @param subscriptionName the subscriber's label, for e-mail subjects
 * @param releaseId the release the alert is about, {@code null} for a digest
 * @param traceparent the trace context the alert was raised in, so that its delivery,
 * however late, continues the release's trace; {@code null} for a digest
 */
record PendingDelivery(UUID id, UUID subscriptionId, UUID alertId, int attempts, Instant createdAt, String payload,
		String webhookUrl, String webhookSecret, boolean webhookEnabled, String channel, String email, UUID digestId,
		String subscriptionName, String releaseId, String traceparent) {

	boolean isEmail() {
		return "email".equals(this.channel);
	}

}
