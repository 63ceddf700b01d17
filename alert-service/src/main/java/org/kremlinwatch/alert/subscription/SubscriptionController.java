package org.kremlinwatch.alert.subscription;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.kremlinwatch.alert.delivery.WebhookSigner;
import org.kremlinwatch.alert.subscriber.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/subscriptions}: a subscriber's own subscriptions. Another subscriber's
 * id answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/v1/subscriptions")
class SubscriptionController {

	private final SubscriptionRepository subscriptions;

	private final SubscriptionValidator validator;

	SubscriptionController(SubscriptionRepository subscriptions, SubscriptionValidator validator) {
		this.subscriptions = subscriptions;
		this.validator = validator;
	}

	@PostMapping
	ResponseEntity<Subscription> create(Caller caller, @RequestBody(required = false) SubscriptionRequest body) {
		SubscriptionRequest request = completed(this.validator.validate(body), null);
		Subscription created = this.subscriptions.insert(caller.subscriberId(), request);
		return ResponseEntity.created(URI.create("/api/v1/subscriptions/" + created.id())).body(created);
	}

	@GetMapping
	List<Subscription> list(Caller caller) {
		return this.subscriptions.findAll(caller.subscriberId());
	}

	@GetMapping("/{id}")
	Subscription get(Caller caller, @PathVariable UUID id) {
		return this.subscriptions.find(caller.subscriberId(), id).orElseThrow(() -> notFound(id));
	}

	/**
	 * Replaces the subscription; a missing webhookSecret or paused keeps the current one,
	 * so that editing a paused subscription does not quietly resume it.
	 */
	@PutMapping("/{id}")
	Subscription update(Caller caller, @PathVariable UUID id, @RequestBody(required = false) SubscriptionRequest body) {
		Subscription current = get(caller, id);
		SubscriptionRequest request = completed(this.validator.validate(body), current);
		return this.subscriptions.update(caller.subscriberId(), id, request).orElseThrow(() -> notFound(id));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller, @PathVariable UUID id) {
		if (!this.subscriptions.delete(caller.subscriberId(), id)) {
			throw notFound(id);
		}
	}

	/**
	 * Fills what the request left out: a webhook always has a secret (the given one, the
	 * current one, or a new one), and paused defaults to the current state, or not
	 * paused.
	 */
	private static SubscriptionRequest completed(SubscriptionRequest request, Subscription current) {
		String secret = request.webhookSecret();
		if (request.webhookUrl() != null && secret == null) {
			secret = (current != null && current.webhookSecret() != null) ? current.webhookSecret()
					: WebhookSigner.newSecret();
		}
		boolean paused = (request.paused() != null) ? request.paused() : (current != null && current.paused());
		return new SubscriptionRequest(request.name(), request.eventTypes(), request.topics(), request.entities(),
				request.lang(), request.query(), request.webhookUrl(), secret, request.email(), request.mode(), paused);
	}

	private static ResponseStatusException notFound(UUID id) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "no subscription " + id);
	}

}
