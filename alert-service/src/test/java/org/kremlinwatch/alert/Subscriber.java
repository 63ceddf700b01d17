package org.kremlinwatch.alert;

import java.util.List;

import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.ReleaseTagged;
import tools.jackson.databind.JsonNode;

import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber of the service under test, created with the admin token, and what the
 * integration tests do as one: subscribe, read the delivery log; plus publishing a tagged
 * release the way extract-service does.
 */
public final class Subscriber {

	private final Api api;

	private final String apiKey;

	private Subscriber(Api api, String apiKey) {
		this.api = api;
		this.apiKey = apiKey;
	}

	/** A new subscriber of the service on {@code port}. */
	public static Subscriber create(int port, String adminToken, String name) {
		Api api = new Api(port);
		return new Subscriber(api, api.newSubscriber(adminToken, name));
	}

	public Api api() {
		return this.api;
	}

	public String apiKey() {
		return this.apiKey;
	}

	/** Creates a subscription from its JSON; returns the answer (id, secrets, tokens). */
	public JsonNode subscribe(String json) {
		Response response = this.api.call("POST", "/api/v1/subscriptions", this.apiKey, json);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	/**
	 * Creates a subscription to {@code eventTypes} (a JSON array), delivered to
	 * {@code webhookUrl}, or feed only when it is {@code null}.
	 */
	public JsonNode subscribe(String name, String eventTypes, String webhookUrl) {
		String webhook = (webhookUrl != null) ? ",\"webhookUrl\":\"" + webhookUrl + "\"" : "";
		return subscribe("{\"name\":\"" + name + "\",\"eventTypes\":" + eventTypes + webhook + "}");
	}

	/** The subscription's delivery log, newest first. */
	public List<JsonNode> deliveries(String subscriptionId) {
		return this.api.call("GET", "/api/v1/subscriptions/" + subscriptionId + "/deliveries", this.apiKey, null)
			.json()
			.valueStream()
			.toList();
	}

	/** Publishes {@code release} on the tagged-releases topic and waits for the ack. */
	public static void publish(KafkaTemplate<String, Object> kafka, ReleaseTagged release) {
		kafka.send(Topics.RELEASES_TAGGED_V1, release.releaseId(), release).join();
	}

}
