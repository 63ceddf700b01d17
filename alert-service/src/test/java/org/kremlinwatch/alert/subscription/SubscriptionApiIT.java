package org.kremlinwatch.alert.subscription;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kremlinwatch.alert.Api;
import org.kremlinwatch.alert.Api.Response;
import org.kremlinwatch.events.Topics;
import tools.jackson.databind.JsonNode;

import org.kremlinwatch.alert.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
				"kremlinwatch.alert.admin-token=api-it-admin", "kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1",
				"kremlinwatch.alert.partitions=1" })
@EmbeddedKafka(partitions = 1, topics = Topics.RELEASES_TAGGED_V1)
class SubscriptionApiIT {

	private static final String GENEVA = """
			{"name":"Geneva talks","eventTypes":["MEETING_ANNOUNCED","MEETING_HELD","WARNING","CALL"],
			 "topics":["sanctions"],"entities":["NATO"],"lang":"en","query":"Geneva OR Женев*",
			 "webhookUrl":"http://127.0.0.1:9/hook","webhookSecret":null,"email":null,"mode":"IMMEDIATE"}""";

	@LocalServerPort
	int port;

	private Api api;

	private String alice;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@BeforeEach
	void subscriber() {
		this.api = new Api(this.port);
		this.alice = this.api.newSubscriber("api-it-admin", "alice");
	}

	@Test
	void createsSubscriberOnlyWithTheAdminTokenAndShowsAKey() {
		Response created = this.api.call("POST", "/admin/v1/subscribers", "api-it-admin", "{\"name\":\"newsroom\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("apiKey").asString()).startsWith("kw_").hasSizeGreaterThan(40);
		assertThat(created.json().get("name").asString()).isEqualTo("newsroom");

		assertThat(this.api.call("POST", "/admin/v1/subscribers", null, "{\"name\":\"x\"}").status()).isEqualTo(401);
		assertThat(this.api.call("POST", "/admin/v1/subscribers", "guess", "{\"name\":\"x\"}").status()).isEqualTo(401);
		assertThat(this.api.call("POST", "/admin/v1/subscribers", this.alice, "{\"name\":\"x\"}").status())
			.isEqualTo(401);
	}

	@Test
	void answers401ProblemWithoutOrWithAWrongKey() {
		Response missing = this.api.call("GET", "/api/v1/subscriptions", null, null);
		Response wrong = this.api.call("GET", "/api/v1/subscriptions", "kw_wrong", null);
		Response alerts = this.api.call("GET", "/api/v1/alerts", "kw_wrong", null);

		for (Response response : List.of(missing, wrong, alerts)) {
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().get("status").asInt()).isEqualTo(401);
		}
	}

	@Test
	void createsReadsUpdatesAndDeletesOwnSubscription() {
		Response created = this.api.call("POST", "/api/v1/subscriptions", this.alice, GENEVA);
		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		String id = body.get("id").asString();
		assertThat(body.get("webhookSecret").asString()).startsWith("whsec_");
		assertThat(body.get("eventTypes")).hasSize(4);
		assertThat(body.get("query").asString()).isEqualTo("Geneva OR Женев*");

		assertThat(this.api.call("GET", "/api/v1/subscriptions/" + id, this.alice, null).json().get("name").asString())
			.isEqualTo("Geneva talks");
		assertThat(this.api.call("GET", "/api/v1/subscriptions", this.alice, null).json()).hasSize(1);

		Response updated = this.api.call("PUT", "/api/v1/subscriptions/" + id, this.alice,
				GENEVA.replace("Geneva talks", "Geneva talks, Russian").replace("\"en\"", "\"ru\""));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("lang").asString()).isEqualTo("ru");
		assertThat(updated.json().get("webhookSecret").asString()).isEqualTo(body.get("webhookSecret").asString());

		assertThat(this.api.call("DELETE", "/api/v1/subscriptions/" + id, this.alice, null).status()).isEqualTo(204);
		assertThat(this.api.call("GET", "/api/v1/subscriptions/" + id, this.alice, null).status()).isEqualTo(404);
	}

	@Test
	void editingAPausedSubscriptionWithoutPausedKeepsItPaused() {
		String paused = GENEVA.replace("{", "{\"paused\":true,");
		String id = this.api.call("POST", "/api/v1/subscriptions", this.alice, paused).json().get("id").asString();

		Response edited = this.api.call("PUT", "/api/v1/subscriptions/" + id, this.alice,
				GENEVA.replace("Geneva talks", "Geneva talks, renamed"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("name").asString()).isEqualTo("Geneva talks, renamed");
		assertThat(edited.json().get("paused").asBoolean()).isTrue();

		Response resumed = this.api.call("PUT", "/api/v1/subscriptions/" + id, this.alice,
				GENEVA.replace("{", "{\"paused\":false,"));
		assertThat(resumed.json().get("paused").asBoolean()).isFalse();
	}

	@Test
	void hidesAnotherSubscribersSubscriptionAs404() {
		String id = this.api.call("POST", "/api/v1/subscriptions", this.alice, GENEVA).json().get("id").asString();
		String bob = this.api.newSubscriber("api-it-admin", "bob");

		assertThat(this.api.call("GET", "/api/v1/subscriptions/" + id, bob, null).status()).isEqualTo(404);
		assertThat(this.api.call("PUT", "/api/v1/subscriptions/" + id, bob, GENEVA).status()).isEqualTo(404);
		assertThat(this.api.call("DELETE", "/api/v1/subscriptions/" + id, bob, null).status()).isEqualTo(404);
		assertThat(this.api.call("GET", "/api/v1/subscriptions/" + id + "/deliveries", bob, null).status())
			.isEqualTo(404);
		assertThat(this.api.call("GET", "/api/v1/subscriptions", bob, null).json()).isEmpty();
		assertThat(this.api.call("GET", "/api/v1/subscriptions/" + id, this.alice, null).status()).isEqualTo(200);
	}

	@Test
	void answers400NamingEachInvalidField() {
		Response response = this.api.call("POST", "/api/v1/subscriptions", this.alice, """
				{"name":"bad","eventTypes":["MEETING_ANNOUNCED","PARADE"],"lang":"de","query":"title:Geneva",
				 "webhookUrl":"http//no-scheme","webhookSecret":"secret","email":"nobody","mode":"HOURLY"}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response)).containsExactlyInAnyOrder("eventTypes[1]", "lang", "query", "webhookUrl",
				"webhookSecret", "email", "mode");
	}

	@Test
	void refusesWebhookToAnInternalAddress() {
		Response response = this.api.call("POST", "/api/v1/subscriptions", this.alice,
				GENEVA.replace("http://127.0.0.1:9/hook", "http://169.254.169.254/latest/meta-data/"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response)).containsExactly("webhookUrl");
		assertThat(response.body()).contains("internal address");
	}

	@Test
	void documentsEveryPathInOpenApiWithoutTheResolvedCaller() {
		Response docs = this.api.call("GET", "/v3/api-docs", null, null);

		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");
		List<String> documented = new ArrayList<>(paths.propertyNames());
		assertThat(documented).contains("/admin/v1/subscribers", "/api/v1/subscriptions", "/api/v1/subscriptions/{id}",
				"/api/v1/alerts", "/api/v1/subscriptions/{subscriptionId}/deliveries",
				"/api/v1/subscriptions/{subscriptionId}/deliveries/{deliveryId}/redeliver");
		assertThat(paths.get("/api/v1/alerts").get("get").get("parameters"))
			.extracting((parameter) -> parameter.get("name").asString())
			.containsExactly("limit");
		assertThat(docs.json().get("components").get("securitySchemes").get("apiKey").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(this.api.call("GET", "/swagger-ui/index.html", null, null).status()).isEqualTo(200);
	}

	@Test
	void acceptsFeedOnlySubscriptionWithoutDelivery() {
		Response response = this.api.call("POST", "/api/v1/subscriptions", this.alice,
				"{\"name\":\"everything about NATO\",\"entities\":[\"NATO\"]}");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("webhookUrl").isNull()).isTrue();
		assertThat(response.json().get("mode").asString()).isEqualTo("IMMEDIATE");
	}

	private static List<String> fields(Response response) {
		List<String> fields = new ArrayList<>();
		response.json().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		return fields;
	}

}
