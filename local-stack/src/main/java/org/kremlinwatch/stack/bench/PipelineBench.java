package org.kremlinwatch.stack.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.Topics;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseFetched;
import org.kremlinwatch.events.v1.ReleaseIds;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline benchmark ({@code ./kremlinwatch bench}): pushes N real release texts as
 * {@code ReleaseFetched} into a running stack, with a subscription that alerts on every
 * release to a local webhook receiver, and measures releases per second end to end and
 * the latency from ReleaseFetched produced to webhook received.
 *
 * <p>
 * Usage:
 * {@code PipelineBench --corpus DIR --admin-token T [--releases 2000] [--rate 0] [--bootstrap 127.0.0.1:9092]
 * [--alert http://127.0.0.1:8083] [--timeout 300]}; {@code --rate 0} produces as fast as
 * the broker takes them.
 */
public final class PipelineBench {

	private PipelineBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int releases = Integer.parseInt(options.getOrDefault("releases", "2000"));
		double rate = Double.parseDouble(options.getOrDefault("rate", "0"));
		String alert = options.getOrDefault("alert", "http://127.0.0.1:8083");
		List<CorpusReleases.Text> texts = CorpusReleases.read(Path.of(options.get("corpus")));
		// Ids far above the Kremlin's (about 78,000 in 2025), new each run, so every
		// release is new to dedupe and to meeting tracking: 10,000 ids per second of wall
		// time, so runs a few seconds apart never share one.
		long firstId = 100_000_000L + (System.currentTimeMillis() / 1000 % 100_000) * 10_000;
		// Records built and the producer connected before the clock starts: the
		// benchmark shares the cores with the pipeline, and its own JSON, hashing and
		// first-use class loading must not count against it.
		List<ProducerRecord<String, byte[]>> records = records(texts, releases, firstId);
		try (AlertReceiver receiver = new AlertReceiver();
				KafkaProducer<String, byte[]> producer = producer(
						options.getOrDefault("bootstrap", "127.0.0.1:9092"))) {
			producer.partitionsFor(Topics.RELEASES_FETCHED_V1);
			Subscription subscription = subscribeEverything(alert, options.get("admin-token"), receiver.url());
			Map<String, Long> sent = new ConcurrentHashMap<>();
			Map<String, Instant> sentAt = new ConcurrentHashMap<>();
			long cpuBefore = cpuNanos();
			long start = System.nanoTime();
			produce(producer, records, rate, sent, sentAt);
			long produced = System.nanoTime();
			long deadline = start + TimeUnit.SECONDS.toNanos(Long.parseLong(options.getOrDefault("timeout", "300")));
			while (receiver.arrivals().size() < releases && System.nanoTime() < deadline) {
				LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
			}
			report(releases, rate, sent, receiver.arrivals(), start, produced);
			reportStages(sentAt, receiver);
			// It runs on the same cores as the pipeline: what it takes, the pipeline
			// cannot have.
			System.out.printf("benchmark JVM (producer and webhook receiver): %.2f ms CPU per release%n",
					(cpuNanos() - cpuBefore) / 1e6 / releases);
			// Later runs must not pay for alerts to this run's receiver, which is gone
			// then. Paused, not deleted: deleting cascades to every alert and delivery of
			// the run, and tables emptied that way make PostgreSQL plan the next run's
			// foreign-key checks as scans of an empty table, cached per connection until
			// autovacuum analyzes it again (each alert insert then read every alert
			// inserted before it).
			subscription.pause();
		}
		// The Kafka producer's and HTTP client's threads must not keep a finished
		// benchmark alive.
		System.exit(0);
	}

	private static KafkaProducer<String, byte[]> producer(String bootstrap) {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
		config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
		return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
	}

	private static List<ProducerRecord<String, byte[]>> records(List<CorpusReleases.Text> texts, int releases,
			long firstId) {
		List<ProducerRecord<String, byte[]>> records = new ArrayList<>(releases);
		for (int i = 0; i < releases; i++) {
			ReleaseFetched release = release(texts.get(i % texts.size()), firstId + i);
			records.add(new ProducerRecord<>(Topics.RELEASES_FETCHED_V1, release.releaseId(),
					EventJson.mapper().writeValueAsBytes(release)));
		}
		return records;
	}

	private static void produce(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records,
			double rate, Map<String, Long> sent, Map<String, Instant> sentAt) {
		long interval = (rate > 0) ? (long) (1_000_000_000L / rate) : 0;
		long next = System.nanoTime();
		for (ProducerRecord<String, byte[]> record : records) {
			if (interval > 0) {
				next += interval;
				LockSupport.parkNanos(next - System.nanoTime());
			}
			sent.put(record.key(), System.nanoTime());
			sentAt.put(record.key(), Instant.now());
			producer.send(record);
		}
		producer.flush();
	}

	private static ReleaseFetched release(CorpusReleases.Text text, long kremlinId) {
		String releaseId = ReleaseIds.of(Lang.en, kremlinId);
		return new ReleaseFetched(UUID.randomUUID(), Instant.now(), releaseId, kremlinId, Lang.en,
				"http://en.kremlin.ru/events/president/news/" + kremlinId, null, "news", text.headline(), null,
				text.body(), OffsetDateTime.now(ZoneOffset.ofHours(3)), null, List.of(),
				"sha256:" + sha256(text.body()), 1);
	}

	private static Subscription subscribeEverything(String alert, String adminToken, String webhook) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		JsonNode subscriber = post(http, alert + "/admin/v1/subscribers", adminToken,
				"{\"name\":\"bench " + Instant.now() + "\"}");
		String apiKey = subscriber.get("apiKey").asString();
		JsonNode subscription = post(http, alert + "/api/v1/subscriptions", apiKey, Subscription.json(webhook, false));
		Subscription created = new Subscription(http,
				alert + "/api/v1/subscriptions/" + subscription.get("id").asString(), apiKey, webhook);
		created.warmUp();
		return created;
	}

	private record Subscription(HttpClient http, String url, String apiKey, String webhook) {

		static String json(String webhook, boolean paused) {
			return "{\"name\":\"every release\",\"lang\":\"en\",\"webhookUrl\":\"" + webhook
					+ "\",\"mode\":\"IMMEDIATE\",\"paused\":" + paused + "}";
		}

		/**
		 * Has alert-service send the receiver its test event a few times before anything
		 * is measured: the figures are about the pipeline in its steady state, not about
		 * this benchmark's receiver starting (its first call costs hundreds of
		 * milliseconds of class loading) or the first connection to it.
		 */
		void warmUp() throws Exception {
			for (int i = 0; i < 5; i++) {
				HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.url + "/test"))
					.header("Authorization", "Bearer " + this.apiKey)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 200 || !answer.body().contains("\"statusCode\":204")) {
					throw new IllegalStateException("the warm-up call to the receiver failed: " + answer.body());
				}
			}
			// The receiver reads AlertRaised: have Jackson build its reader now.
			EventJson.mapper().readerFor(AlertRaised.class);
		}

		void pause() throws Exception {
			HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(this.url))
				.header("Authorization", "Bearer " + this.apiKey)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json(this.webhook, true)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(
						"pausing the benchmark's subscription answered " + answer.statusCode() + ": " + answer.body());
			}
		}

	}

	private static JsonNode post(HttpClient http, String url, String bearer, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + bearer)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException(
					"POST " + url + " answered " + response.statusCode() + ": " + response.body());
		}
		return EventJson.mapper().readTree(response.body());
	}

	private static void report(int releases, double rate, Map<String, Long> sent, Map<String, Long> arrived, long start,
			long produced) {
		List<Long> latencies = new ArrayList<>();
		long last = start;
		for (Map.Entry<String, Long> arrival : arrived.entrySet()) {
			Long at = sent.get(arrival.getKey());
			if (at != null) {
				latencies.add(arrival.getValue() - at);
				last = Math.max(last, arrival.getValue());
			}
		}
		latencies.sort(Long::compare);
		double seconds = (last - start) / 1e9;
		System.out.printf("releases: %d produced in %.1f s (%s), %d alerted%n", releases, (produced - start) / 1e9,
				(rate > 0) ? "target " + rate + "/s" : "as fast as possible", latencies.size());
		System.out.printf("end-to-end: %.1f releases/s sustained (first produced to last webhook: %.1f s)%n",
				latencies.size() / seconds, seconds);
		if (!latencies.isEmpty()) {
			System.out.printf("latency ReleaseFetched produced -> webhook received: p50 %d ms, p99 %d ms, max %d ms%n",
					percentile(latencies, 50), percentile(latencies, 99),
					latencies.get(latencies.size() - 1) / 1_000_000);
		}
		if (rate > 0) {
			reportTrend(sent, arrived);
		}
		if (latencies.size() < releases) {
			System.out.printf("MISSING: %d releases had no webhook before the timeout%n", releases - latencies.size());
		}
	}

	/**
	 * Whether a paced run was kept up with: the latency of the first and the last tenth
	 * of the releases, in the order they were produced. A pipeline that keeps up shows
	 * the same latency at both ends; one that falls behind builds a queue, and the last
	 * tenth waits for it. (The end-to-end rate alone cannot tell: R/s offered for 30 s
	 * shows less than R/s even when nothing queued, because the last webhook comes after
	 * the last release is produced.)
	 */
	private static void reportTrend(Map<String, Long> sent, Map<String, Long> arrived) {
		List<long[]> inOrder = new ArrayList<>();
		sent.forEach((releaseId, at) -> {
			Long received = arrived.get(releaseId);
			if (received != null) {
				inOrder.add(new long[] { at, received - at });
			}
		});
		int tenth = inOrder.size() / 10;
		if (tenth == 0) {
			return;
		}
		inOrder.sort((a, b) -> Long.compare(a[0], b[0]));
		long first = medianLatency(inOrder.subList(0, tenth));
		long last = medianLatency(inOrder.subList(inOrder.size() - tenth, inOrder.size()));
		System.out.printf("kept up: %s (latency p50 of the first tenth produced %d ms, of the last tenth %d ms)%n",
				(last <= Math.max(2 * first, first + 500)) ? "yes" : "no, a queue built up", first, last);
	}

	/** The median of the latencies of {@code releases}, each {produced at, latency}. */
	private static long medianLatency(List<long[]> releases) {
		return percentile(releases.stream().map((release) -> release[1]).sorted().toList(), 50);
	}

	/**
	 * Where the time goes: produced to alert recorded (extract, Kafka, alert's matching
	 * and its database commit), then recorded to webhook received (the outbox and the
	 * HTTP call). Wall clocks of one machine, so comparable.
	 */
	private static void reportStages(Map<String, Instant> sentAt, AlertReceiver receiver) {
		List<Long> toRecorded = new ArrayList<>();
		receiver.recordedAt().forEach((releaseId, recorded) -> {
			Instant sent = sentAt.get(releaseId);
			if (sent != null) {
				toRecorded.add(Duration.between(sent, recorded).toNanos());
			}
		});
		List<Long> toReceived = new ArrayList<>();
		receiver.recordedToReceivedMillis().values().forEach((millis) -> toReceived.add(millis * 1_000_000));
		if (toRecorded.isEmpty()) {
			return;
		}
		toRecorded.sort(Long::compare);
		toReceived.sort(Long::compare);
		System.out.printf(
				"  of which produced -> alert recorded: p50 %d ms, p99 %d ms; recorded -> webhook received:"
						+ " p50 %d ms, p99 %d ms%n",
				percentile(toRecorded, 50), percentile(toRecorded, 99), percentile(toReceived, 50),
				percentile(toReceived, 99));
	}

	private static long percentile(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1_000_000;
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new ConcurrentHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		if (!options.containsKey("corpus") || !options.containsKey("admin-token")) {
			throw new IllegalArgumentException("usage: PipelineBench --corpus DIR --admin-token TOKEN [--releases N]"
					+ " [--rate R] [--bootstrap HOST:PORT] [--alert URL] [--timeout SECONDS]");
		}
		return options;
	}

	/** This JVM's CPU time so far, all threads. */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
