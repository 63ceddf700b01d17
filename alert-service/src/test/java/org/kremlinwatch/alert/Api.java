package org.kremlinwatch.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.kremlinwatch.events.EventJson;
import tools.jackson.databind.JsonNode;

/** Calls the service's HTTP API like a client would, with the JDK's HttpClient. */
public final class Api {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public Api(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public Response call(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(10))
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Creates a subscriber with the admin token; returns its API key. */
	public String newSubscriber(String adminToken, String name) {
		Response response = call("POST", "/admin/v1/subscribers", adminToken, "{\"name\":\"" + name + "\"}");
		if (response.status() != 201) {
			throw new IllegalStateException("subscriber not created: " + response);
		}
		return response.json().get("apiKey").asString();
	}

	/** An HTTP answer. */
	public record Response(int status, String contentType, String body) {

		public JsonNode json() {
			return EventJson.mapper().readTree(this.body);
		}

	}

}
