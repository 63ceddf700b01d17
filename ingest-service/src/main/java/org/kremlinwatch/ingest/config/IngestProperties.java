package org.kremlinwatch.ingest.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
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
 * @param rateLimit pace of requests to one host, shared by all sources on it
 * @param retry retries of one request that failed in a way that may pass
 * @param circuitBreaker when a failing source stops being polled for a while
 * @param maxFeedPages feed pages ({@code rel=next}) read in one poll while none of their
 * entries was published before, so that a burst between two polls loses nothing
 * @param maxListingPages listing pages a backfill reads at most per source
 * @param pollingEnabled whether the sources are polled; the one-shot commands
 * ({@code backfill}, {@code replay}) turn it off
 */
@ConfigurationProperties(prefix = "kremlinwatch.ingest")
@Validated
public record IngestProperties(@Valid Map<String, Source> sources,
		@DefaultValue("kremlinwatch/0.1 (+https://github.com/kremlinwatch)") @NotBlank String userAgent,
		@DefaultValue("10s") @NotNull Duration requestTimeout, @DefaultValue("5MB") @NotNull DataSize maxPageSize,
		@DefaultValue("3") @Min(1) int partitions, @DefaultValue("1") @Min(1) short replicas,
		@DefaultValue @Valid RateLimit rateLimit, @DefaultValue @Valid Retry retry,
		@DefaultValue @Valid CircuitBreaker circuitBreaker, @DefaultValue("5") @Min(1) int maxFeedPages,
		@DefaultValue("2000") @Min(1) int maxListingPages, @DefaultValue("true") boolean pollingEnabled) {

	public IngestProperties {
		sources = (sources != null) ? new TreeMap<>(sources) : Map.of();
	}

	/**
	 * Politeness towards one host: requests are spaced by {@code 1 / requestsPerSecond}
	 * plus a random jitter, so polls of several sources never arrive as a burst.
	 *
	 * @param requestsPerSecond the most requests per second to one host
	 * @param jitter the most random delay added to each request's slot
	 */
	public record RateLimit(@DefaultValue("1.0") @DecimalMin("0.001") double requestsPerSecond,
			@DefaultValue("300ms") @NotNull Duration jitter) {

		/** The least time between two requests to the same host. */
		public Duration interval() {
			return Duration.ofNanos((long) (1_000_000_000L / this.requestsPerSecond));
		}

	}

	/**
	 * Retries of one request after a timeout, a refused connection, a 429 or 5xx answer
	 * or a broken body. The pause grows exponentially and is jittered, bounded by
	 * {@code maxBackoff}.
	 *
	 * @param maxAttempts attempts in all, the first included
	 * @param initialBackoff pause before the second attempt (before jitter)
	 * @param maxBackoff the longest pause
	 */
	public record Retry(@DefaultValue("3") @Min(1) int maxAttempts,
			@DefaultValue("1s") @NotNull Duration initialBackoff, @DefaultValue("15s") @NotNull Duration maxBackoff) {
	}

	/**
	 * A source whose polls failed {@code failureThreshold} times in a row is not polled
	 * for {@code coolDown}; then one trial poll decides whether it closes again.
	 *
	 * @param failureThreshold consecutive failed polls that open the circuit
	 * @param coolDown how long an open circuit stays open
	 */
	public record CircuitBreaker(@DefaultValue("5") @Min(1) int failureThreshold,
			@DefaultValue("5m") @NotNull Duration coolDown) {
	}

	/**
	 * One watched site section.
	 *
	 * @param baseUrl the site root, e.g. {@code http://en.kremlin.ru}; pages are fetched
	 * by the path of their feed entry's URL resolved against it, so that a local replay
	 * server can stand in for the site
	 * @param lang the language of the releases it publishes
	 * @param feedPath the Atom feed, relative to the base URL
	 * @param listingPath the HTML listing of the section (page 1; page N is
	 * {@code <listingPath>/page/N}), read by a backfill
	 * @param pollInterval time between the end of one poll and the start of the next
	 * @param enabled whether it is polled at all
	 */
	public record Source(@NotNull URI baseUrl, @NotNull Lang lang,
			@DefaultValue("/events/president/news/feed") @NotBlank String feedPath,
			@DefaultValue("/events/president/news") @NotBlank String listingPath,
			@DefaultValue("60s") @NotNull Duration pollInterval, @DefaultValue("true") boolean enabled) {

		/** The address of {@code path} on this source. */
		public URI resolve(String path) {
			String base = this.baseUrl.toString();
			if (base.endsWith("/")) {
				base = base.substring(0, base.length() - 1);
			}
			return URI.create(base + (path.startsWith("/") ? path : "/" + path));
		}

		/** The address of page {@code page} (from 1) of the section's listing. */
		public URI listingUri(int page) {
			return (page <= 1) ? resolve(this.listingPath) : resolve(this.listingPath + "/page/" + page);
		}

		/** The feed's address. */
		public URI feedUri() {
			return resolve(this.feedPath);
		}

	}

}
