package org.kremlinwatch.ingest.config;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPropertiesTests {

	@Test
	void defaultsWatchBothKremlinSites() throws IOException {
		IngestProperties properties = bind(Map.of());

		assertThat(properties.sources()).containsKeys("en", "ru", "en-transcripts", "ru-all");
		assertThat(properties.sources().entrySet().stream().filter((source) -> source.getValue().enabled()))
			.extracting(Map.Entry::getKey)
			.containsExactly("en", "ru");
		IngestProperties.Source en = properties.sources().get("en");
		assertThat(en.baseUrl()).isEqualTo(URI.create("http://en.kremlin.ru"));
		assertThat(en.lang()).isEqualTo(Lang.en);
		assertThat(en.feedUri()).isEqualTo(URI.create("http://en.kremlin.ru/events/president/news/feed"));
		assertThat(en.pollInterval()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.sources().get("ru").baseUrl()).isEqualTo(URI.create("http://kremlin.ru"));
		assertThat(properties.userAgent()).startsWith("kremlinwatch/");
		assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.maxPageSize()).isEqualTo(DataSize.ofMegabytes(5));
		assertThat(properties.partitions()).isEqualTo(3);
		assertThat(en.listingUri(1)).isEqualTo(URI.create("http://en.kremlin.ru/events/president/news"));
		assertThat(en.listingUri(3)).isEqualTo(URI.create("http://en.kremlin.ru/events/president/news/page/3"));
		assertThat(properties.rateLimit().interval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.retry().maxAttempts()).isEqualTo(3);
		assertThat(properties.circuitBreaker().failureThreshold()).isEqualTo(5);
		assertThat(properties.maxFeedPages()).isEqualTo(5);
		assertThat(properties.pollingEnabled()).isTrue();
	}

	@Test
	void oneKeyOverriddenFromTheCommandLineKeepsTheRest() throws IOException {
		IngestProperties properties = bind(Map.of("kremlinwatch.ingest.sources.en.base-url", "http://127.0.0.1:8900/en",
				"kremlinwatch.ingest.sources.ru.enabled", "false"));

		IngestProperties.Source en = properties.sources().get("en");
		assertThat(en.feedUri()).isEqualTo(URI.create("http://127.0.0.1:8900/en/events/president/news/feed"));
		assertThat(en.lang()).isEqualTo(Lang.en);
		assertThat(properties.sources().get("ru").enabled()).isFalse();
		assertThat(properties.sources().get("ru").baseUrl()).isEqualTo(URI.create("http://kremlin.ru"));
	}

	private static IngestProperties bind(Map<String, Object> commandLine) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
				new ClassPathResource("application.yml"));
		yaml.forEach(environment.getPropertySources()::addLast);
		environment.getPropertySources().addFirst(new MapPropertySource("commandLine", commandLine));
		return new Binder(ConfigurationPropertySources.get(environment))
			.bind("kremlinwatch.ingest", IngestProperties.class)
			.get();
	}

}
