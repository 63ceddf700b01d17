package org.kremlinwatch.alert.subscriber;

import java.util.UUID;

import java.util.List;

import org.kremlinwatch.alert.config.InvalidRequest;
import org.kremlinwatch.alert.config.InvalidRequest.FieldProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin API: creates subscribers and hands out their API key, once. */
@RestController
class SubscriberController {

	private final AdminToken adminToken;

	private final SubscriberRepository subscribers;

	SubscriberController(AdminToken adminToken, SubscriberRepository subscribers) {
		this.adminToken = adminToken;
		this.subscribers = subscribers;
	}

	@PostMapping("/admin/v1/subscribers")
	@ResponseStatus(HttpStatus.CREATED)
	NewSubscriber create(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) SubscriberRequest request) {
		if (!this.adminToken.matches(BearerTokens.from(authorization))) {
			throw new Unauthorized("wrong admin token");
		}
		// Checked by hand after the token, so that a stranger learns nothing from a 400.
		if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 200) {
			throw new InvalidRequest(List.of(new FieldProblem("name", "must be 1 to 200 characters")));
		}
		UUID id = UUID.randomUUID();
		String apiKey = ApiKeys.newKey();
		this.subscribers.insert(id, request.name().strip(), ApiKeys.hash(apiKey));
		return new NewSubscriber(id, request.name().strip(), apiKey);
	}

	record SubscriberRequest(String name) {
	}

	/** The only response that carries the API key: only its hash is stored. */
	record NewSubscriber(UUID id, String name, String apiKey) {
	}

}
