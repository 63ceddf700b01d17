package org.kremlinwatch.ingest.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.kremlinwatch.events.v1.Lang;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration of ingest-service, prefix {@code kremlinwatch.ingest}. The default
 * sources ({@code en} and {@code ru}) are declared in {@code application.yml} so that a
 * single key such as {@code kremlinwatch.ingest.sources.ru.enabled=false} can be
 * overridden from the command line without restating the rest.
 *
 * @param sources the sites to watch, keyed by a short name used in logs, metrics and
 * health
 * @param userAgent sent with every request; kremlin.ru serves nothing without one
 * @param requestTimeout connect and response timeout of one request
 * @param maxPageSize bodies beyond this are cut (with a warning)
 * @param partitions partitions of the topic this service creates
 * @param replicas replication factor of that topic
 */
@ConfigurationProperties(prefix = "kremlinwatch.ingest")
@Validated
public record IngestProperties(@Valid Map<String, Source> sources,
		@DefaultValue("kremlinwatch/0.1 (+https://github.com/kremlinwatch)") @NotBlank String userAgent,
		@DefaultValue("10s") @NotNull Duration requestTimeout, @DefaultValue("5MB") @NotNull DataSize maxPageSize,
		@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas) {

	public IngestProperties {
		sources = (sources != null) ? new TreeMap<>(sources) : Map.of();
	}

	/**
	 * One watched site section.
	 *
	 * @param baseUrl the site root, e.g. {@code http://en.kremlin.ru}; pages are fetched
	 * by the path of their feed entry's URL resolved against it, so that a local replay
	 * server can stand in for the site
	 * @param lang the language of the releases it publishes
	 * @param feedPath the Atom feed, relative to the base URL
	 * @param pollInterval time between the end of one poll and the start of the next
	 * @param enabled whether it is polled at all
	 */
	public record Source(@NotNull URI baseUrl, @NotNull Lang lang,
			@DefaultValue("/events/president/news/feed") @NotBlank String feedPath,
			@DefaultValue("60s") @NotNull Duration pollInterval, @DefaultValue("true") boolean enabled) {

		/** The address of {@code path} on this source. */
		public URI resolve(String path) {
			String base = this.baseUrl.toString();
			if (base.endsWith("/")) {
				base = base.substring(0, base.length() - 1);
			}
			return URI.create(base + (path.startsWith("/") ? path : "/" + path));
		}

		/** The feed's address. */
		public URI feedUri() {
			return resolve(this.feedPath);
		}

	}

}
