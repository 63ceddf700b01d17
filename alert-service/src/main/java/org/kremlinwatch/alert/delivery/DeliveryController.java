package org.kremlinwatch.alert.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.kremlinwatch.alert.subscriber.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The delivery log of a subscription, and redelivery of one entry. */
@RestController
@RequestMapping("/api/v1/subscriptions/{subscriptionId}/deliveries")
class DeliveryController {

	private static final String SELECT = """
			SELECT d.id, d.alert_id, d.digest_id, a.release_id, d.channel, d.status, d.attempts,
				d.last_status_code, d.last_error, d.next_attempt_at, d.created_at, d.delivered_at,
				(SELECT count(*) FROM alert g WHERE g.digest_id = d.digest_id) AS digest_size
			FROM delivery d LEFT JOIN alert a ON a.id = d.alert_id
			""";

	private final JdbcClient jdbc;

	DeliveryController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping
	List<DeliveryView> list(Caller caller, @PathVariable UUID subscriptionId) {
		requireOwned(caller, subscriptionId);
		return this.jdbc.sql(SELECT + " WHERE d.subscription_id = ? ORDER BY d.created_at DESC LIMIT 200")
			.param(subscriptionId)
			.query(DeliveryController::view)
			.list();
	}

	/**
	 * Queues the delivery again with a fresh retry schedule; same {@code webhook-id}, so
	 * a receiver that already has it can tell (a digest is sent again with the same
	 * alerts). 409 while an attempt is in flight.
	 */
	@PostMapping("/{deliveryId}/redeliver")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DeliveryView redeliver(Caller caller, @PathVariable UUID subscriptionId, @PathVariable UUID deliveryId) {
		requireOwned(caller, subscriptionId);
		int updated = this.jdbc.sql("""
				UPDATE delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(), last_error = NULL
				WHERE id = ? AND subscription_id = ? AND (claimed_until IS NULL OR claimed_until < now())""")
			.params(deliveryId, subscriptionId)
			.update();
		List<DeliveryView> found = this.jdbc.sql(SELECT + " WHERE d.id = ? AND d.subscription_id = ?")
			.params(deliveryId, subscriptionId)
			.query(DeliveryController::view)
			.list();
		if (found.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no delivery " + deliveryId);
		}
		if (updated == 0) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "delivery " + deliveryId + " is being sent");
		}
		return found.get(0);
	}

	private void requireOwned(Caller caller, UUID subscriptionId) {
		boolean owned = this.jdbc.sql("SELECT count(*) FROM subscription WHERE id = ? AND subscriber_id = ?")
			.params(subscriptionId, caller.subscriberId())
			.query(Long.class)
			.single() > 0;
		if (!owned) {
			// Someone else's subscription answers as if it did not exist.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + subscriptionId);
		}
	}

	private static DeliveryView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		UUID digestId = rs.getObject("digest_id", UUID.class);
		return new DeliveryView(rs.getObject("id", UUID.class), rs.getObject("alert_id", UUID.class), digestId,
				(digestId != null) ? rs.getInt("digest_size") : null, rs.getString("release_id"),
				rs.getString("channel"), rs.getString("status"), rs.getInt("attempts"),
				(Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("delivered_at")));
	}

	private static Instant instant(java.sql.Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/**
	 * One entry of the delivery log.
	 *
	 * @param id the delivery
	 * @param alertId the alert, also the {@code webhook-id} of every attempt;
	 * {@code null} for a digest
	 * @param digestId the digest e-mail this delivery sends, {@code null} for one alert
	 * @param digestAlerts how many alerts the digest groups, {@code null} for one alert
	 * @param releaseId the release the alert is about, {@code null} for a digest
	 * @param channel {@code webhook} or {@code email}
	 * @param status PENDING, DELIVERED, FAILED or DISABLED
	 * @param attempts attempts made
	 * @param lastStatusCode the receiver's last answer (an HTTP status, or SMTP's 250
	 * once an e-mail was accepted), {@code null} if none
	 * @param lastError why the last attempt failed
	 * @param nextAttemptAt when a PENDING delivery is tried next
	 * @param createdAt when it was queued
	 * @param deliveredAt when the receiver accepted it
	 */
	record DeliveryView(UUID id, UUID alertId, UUID digestId, Integer digestAlerts, String releaseId, String channel,
			String status, int attempts, Integer lastStatusCode, String lastError, Instant nextAttemptAt,
			Instant createdAt, Instant deliveredAt) {
	}

}
