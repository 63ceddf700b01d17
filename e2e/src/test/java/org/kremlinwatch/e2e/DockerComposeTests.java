package org.kremlinwatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so docker-compose.yml is kept right by
 * reading: its services, ports and environment must agree with each service's own
 * application.yml, its Dockerfile and the Prometheus configuration.
 */
class DockerComposeTests {

	private static final Set<String> NOT_SPRING_PROPERTIES = Set.of("JAVA_TOOL_OPTIONS");

	/**
	 * Spring Boot's own properties that compose sets and application.yml leaves unset on
	 * purpose: an empty OTLP endpoint would still switch the span exporter on.
	 */
	private static final Set<String> BOOT_PROPERTIES_SET_ONLY_HERE = Set
		.of("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");

	private final Map<String, Object> compose = yaml(Stack.ROOT.resolve("docker-compose.yml"));

	@Test
	void declaresTheWholeProductionLikeStack() {
		assertThat(services().keySet()).containsExactlyInAnyOrder("kafka", "postgres", "ingest-service",
				"extract-service", "alert-service", "jaeger", "prometheus", "grafana");
		assertThat(string(service("kafka"), "image")).startsWith("apache/kafka:");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "extract-service", "alert-service" })
	void publishesEachServiceOnThePortItListensOn(String name) {
		String port = String.valueOf(flatConfig(name).get("server.port"));
		Map<String, Object> service = service(name);
		assertThat(environment(service)).containsEntry("SERVER_PORT", port);
		assertThat(list(service, "ports")).containsExactly(port + ":" + port);
		assertThat(dockerfile(name)).contains("EXPOSE " + port)
			.contains("COPY target/" + name + "-" + Stack.VERSION + ".jar");
		assertThat(read(Stack.ROOT.resolve("ops/prometheus/prometheus.yml"))).contains("\"" + name + ":" + port + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "extract-service", "alert-service" })
	void setsOnlyPropertiesTheServiceKnows(String name) {
		Set<String> known = new java.util.HashSet<>();
		flatConfig(name).keySet().forEach((key) -> known.add(bindingForm(key)));
		List<String> unknown = new ArrayList<>();
		environment(service(name)).keySet()
			.stream()
			.filter((variable) -> !NOT_SPRING_PROPERTIES.contains(variable))
			.filter((variable) -> !BOOT_PROPERTIES_SET_ONLY_HERE.contains(variable))
			.filter((variable) -> !known.contains(bindingForm(variable)))
			.forEach(unknown::add);
		assertThat(unknown).as("environment variables of %s that bind to no property in its application.yml", name)
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ingest-service", "extract-service", "alert-service" })
	void pointsEachServiceAtTheComposeBrokerAndDatabase(String name) {
		Map<String, String> environment = environment(service(name));
		assertThat(environment).containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
				"http://jaeger:4318/v1/traces");
		assertThat(list(service("jaeger"), "ports")).contains("4318:4318");
		assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS",
				environment(service("kafka")).get("KAFKA_ADVERTISED_LISTENERS").replace("PLAINTEXT://", ""));
		boolean usesDatabase = flatConfig(name).containsKey("spring.datasource.url");
		if (usesDatabase) {
			String database = environment(service("postgres")).get("POSTGRES_DB");
			assertThat(environment.get("SPRING_DATASOURCE_URL"))
				.isEqualTo("jdbc:postgresql://postgres:5432/" + database);
			assertThat(environment.get("SPRING_DATASOURCE_USERNAME"))
				.isEqualTo(environment(service("postgres")).get("POSTGRES_USER"));
		}
		else {
			assertThat(environment).doesNotContainKey("SPRING_DATASOURCE_URL");
		}
	}

	@Test
	void provisionsGrafanaWithTheComposePrometheus() {
		assertThat(read(Stack.ROOT.resolve("ops/grafana/provisioning/datasources/prometheus.yml")))
			.contains("url: http://prometheus:9090");
		assertThat(list(service("prometheus"), "ports")).contains("9090:9090");
	}

	/**
	 * Spring Boot's relaxed binding of environment variables:
	 * {@code kremlinwatch.alert.admin-token} binds from
	 * {@code KREMLINWATCH_ALERT_ADMINTOKEN} and from the legacy
	 * {@code KREMLINWATCH_ALERT_ADMIN_TOKEN}, so both sides are compared without
	 * separators.
	 */
	private static String bindingForm(String name) {
		return name.replaceAll("[._\\-\\[\\]]", "").toUpperCase();
	}

	private static Map<String, Object> flatConfig(String service) {
		Map<String, Object> flat = new LinkedHashMap<>();
		flatten("", yaml(Stack.ROOT.resolve(service + "/src/main/resources/application.yml")), flat);
		return flat;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> flat) {
		tree.forEach((key, value) -> {
			String path = prefix.isEmpty() ? key : prefix + "." + key;
			if (value instanceof Map<?, ?> map) {
				flatten(path, (Map<String, Object>) map, flat);
			}
			else {
				flat.put(path, value);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> services() {
		return (Map<String, Object>) this.compose.get("services");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> service(String name) {
		Map<String, Object> service = (Map<String, Object>) services().get(name);
		assertThat(service).as("service %s in docker-compose.yml", name).isNotNull();
		return service;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		Map<String, String> environment = new LinkedHashMap<>();
		((Map<String, Object>) service.getOrDefault("environment", Map.of()))
			.forEach((key, value) -> environment.put(key, String.valueOf(value)));
		return environment;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Map<String, Object> service, String key) {
		return ((List<Object>) service.getOrDefault(key, List.of())).stream().map(String::valueOf).toList();
	}

	private static String string(Map<String, Object> service, String key) {
		return String.valueOf(service.get(key));
	}

	private static String dockerfile(String service) {
		return read(Stack.ROOT.resolve(service).resolve("Dockerfile"));
	}

	private static Map<String, Object> yaml(Path file) {
		return new Yaml().load(read(file));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new AssertionError("cannot read " + file, ex);
		}
	}

}
