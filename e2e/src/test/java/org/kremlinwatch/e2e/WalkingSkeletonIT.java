package org.kremlinwatch.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.testsupport.TestPostgres;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton: a standalone Kafka broker, PostgreSQL and the three services as
 * separate processes, a recorded Kremlin feed and page served by the replay server, and a
 * webhook receiver. A release that announces a meeting must end as one signed webhook
 * call that names the release and the meeting.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

	private static final Pipeline PIPELINE = new Pipeline();

	private static final String ADMIN_TOKEN = "e2e-admin-token";

	@TempDir
	static Path kafkaData;

	private static WebhookReceiver receiver;

	private static TraceCollector traces;

	private static int alertPort;

	private static int extractPort;

	private static int ingestPort;

	private static String replayUrl;

	private static String kafkaBootstrap;

	private static String jdbcUrl;

	@BeforeAll
	static void startPipelineWithoutIngest() throws Exception {
		kafkaBootstrap = PIPELINE.startBroker("kafka", kafkaData);
		int replayPort = Stack.freePort();
		replayUrl = "http://127.0.0.1:" + replayPort;
		PIPELINE.start("replay", Stack.launcher("org.kremlinwatch.stack.ReplayServer", "128m", "--dir",
				Path.of("src/test/resources/site").toAbsolutePath().toString(), "--port", String.valueOf(replayPort)));
		jdbcUrl = TestPostgres.newDatabase();
		receiver = new WebhookReceiver();
		traces = new TraceCollector();

		extractPort = Stack.freePort();
		PIPELINE.start("extract-service", Stack.service("extract-service", "--server.port=" + extractPort,
				"--spring.kafka.bootstrap-servers=" + kafkaBootstrap, exportSpans()));
		alertPort = Stack.freePort();
		PIPELINE.start("alert-service",
				Stack.service("alert-service", "--server.port=" + alertPort,
						"--spring.kafka.bootstrap-servers=" + kafkaBootstrap, "--spring.datasource.url=" + jdbcUrl,
						"--kremlinwatch.alert.admin-token=" + ADMIN_TOKEN,
						"--kremlinwatch.alert.webhook.allowed-hosts=127.0.0.1", exportSpans()));
		PIPELINE.awaitHealthy(extractPort);
		PIPELINE.awaitHealthy(alertPort);
		ingestPort = Stack.freePort();
	}

	@AfterAll
	static void stopEverything() {
		PIPELINE.close();
		if (receiver != null) {
			receiver.close();
		}
		if (traces != null) {
			traces.close();
		}
	}

	@Test
	@Order(1)
	void releaseAnnouncingAMeetingEndsAsASignedWebhookCall() throws Exception {
		JsonNode subscriber = json(
				Stack.postJson(url(alertPort, "/admin/v1/subscribers"), ADMIN_TOKEN, "{\"name\":\"e2e analyst\"}"),
				201);
		String apiKey = subscriber.get("apiKey").asString();
		JsonNode subscription = json(Stack.postJson(url(alertPort, "/api/v1/subscriptions"), apiKey,
				"{\"name\":\"Announced meetings\",\"eventTypes\":[\"MEETING_ANNOUNCED\"],\"webhookUrl\":\""
						+ receiver.url() + "\",\"mode\":\"IMMEDIATE\"}"),
				201);
		String secret = subscription.get("webhookSecret").asString();

		// Ingest starts last, so the subscription exists before the first release is
		// seen.
		PIPELINE.start("ingest-service",
				Stack.service("ingest-service", "--server.port=" + ingestPort,
						"--spring.kafka.bootstrap-servers=" + kafkaBootstrap, "--spring.datasource.url=" + jdbcUrl,
						"--kremlinwatch.ingest.sources.en.base-url=" + replayUrl + "/en",
						"--kremlinwatch.ingest.sources.ru.enabled=false", exportSpans()));

		try {
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				PIPELINE.assertAlive();
				assertThat(receiver.calls()).isNotEmpty();
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("no webhook call arrived; the pipeline's logs:\n" + PIPELINE.logs(), ex);
		}
		WebhookReceiver.Call call = receiver.calls().get(0);
		assertThat(call.signature()).as("webhook-signature")
			.contains(expectedSignature(secret, call.id(), call.timestamp(), call.body()));

		AlertRaised alert = EventJson.mapper().readValue(call.body(), AlertRaised.class);
		assertThat(alert.eventId().toString()).isEqualTo(call.id());
		assertThat(alert.subscriptionId()).isEqualTo(subscription.get("id").asString());
		assertThat(alert.releaseId()).isEqualTo("en:90001");
		assertThat(alert.event()).isNotNull();
		assertThat(alert.event().type()).isEqualTo(EventType.MEETING);
		assertThat(alert.event().status()).isEqualTo(EventStatus.ANNOUNCED);
		assertThat(alert.event().dateStart()).isEqualTo(LocalDate.of(2022, 1, 10));
		assertThat(alert.event().place()).isEqualTo("Geneva");
		assertThat(alert.event().evidence().sentence()).contains("Geneva on January 10, 2022");
	}

	@Test
	@Order(2)
	void exportsEveryMetricThatDashboardsAndAlertRulesUse() {
		Set<String> exported = new TreeSet<>();
		for (int port : List.of(ingestPort, extractPort, alertPort)) {
			HttpResponse<String> scrape = Stack.get(url(port, "/actuator/prometheus"), null);
			assertThat(scrape.statusCode()).isEqualTo(200);
			exported.addAll(OperatorsView.exported(scrape.body()));
		}
		Set<String> used = OperatorsView.metricsInUse();
		assertThat(used).as("metrics used by ops/ dashboards and rules").isNotEmpty();
		assertThat(exported).as("metrics exported by the three running services").containsAll(used);
	}

	@Test
	@Order(3)
	void oneTraceFollowsTheReleaseFromFetchToTheWebhookReceiver() {
		WebhookReceiver.Call call = receiver.calls().get(0);
		assertThat(call.traceparent()).as("traceparent header of the webhook call")
			.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
		String traceId = call.traceparent().split("-")[1];

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(traces.spans()).filteredOn((span) -> span.traceId().equals(traceId))
				.extracting(TraceCollector.ExportedSpan::service, TraceCollector.ExportedSpan::name)
				.contains(tuple("ingest-service", "kremlinwatch.release.publish"),
						tuple("ingest-service", "kremlin.releases.fetched.v1 send"),
						tuple("extract-service", "kremlinwatch.release.tag"),
						tuple("extract-service", "kremlin.releases.tagged.v1 send"),
						tuple("alert-service", "kremlinwatch.release.match"),
						tuple("alert-service", "kremlinwatch.alert.publish"),
						tuple("alert-service", "kremlin.alerts.v1 send"),
						tuple("alert-service", "kremlinwatch.alert.deliver")));

		List<TraceCollector.ExportedSpan> trace = traces.spans()
			.stream()
			.filter((span) -> span.traceId().equals(traceId))
			.toList();
		Set<String> spanIds = trace.stream().map(TraceCollector.ExportedSpan::spanId).collect(Collectors.toSet());
		assertThat(trace).as("one tree: every span but the root hangs from a span of the same trace")
			.filteredOn((span) -> !spanIds.contains(span.parentSpanId()))
			.extracting(TraceCollector.ExportedSpan::name)
			.containsExactly("kremlinwatch.release.publish");
		assertThat(traces.spans()).as("the release id finds its trace")
			.filteredOn((span) -> "en:90001".equals(span.releaseId()))
			.extracting(TraceCollector.ExportedSpan::traceId)
			.containsOnly(traceId);

		assertThat(PIPELINE.logLines("ingest-service")).as("ingest logs the publication with its trace id")
			.anyMatch((line) -> line.contains("Published en:90001") && line.contains(traceId));
		assertThat(PIPELINE.logLines("extract-service")).as("extract logs the tagging with its trace id")
			.anyMatch((line) -> line.contains("Tagged en:90001") && line.contains(traceId));
		assertThat(PIPELINE.logLines("alert-service")).as("alert logs the delivery with its trace id")
			.anyMatch((line) -> line.contains("Delivered webhook") && line.contains(traceId));
	}

	private static String exportSpans() {
		return "--management.opentelemetry.tracing.export.otlp.endpoint=" + traces.endpoint();
	}

	/**
	 * Standard Webhooks: v1 = base64(HMAC-SHA256(base64-decoded secret,
	 * id.timestamp.body)).
	 */
	private static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
		byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		byte[] signed = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
		return "v1," + Base64.getEncoder().encodeToString(signed);
	}

	private static JsonNode json(HttpResponse<String> response, int expectedStatus) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return EventJson.mapper().readTree(response.body());
	}

	private static String url(int port, String path) {
		return "http://127.0.0.1:" + port + path;
	}

}
