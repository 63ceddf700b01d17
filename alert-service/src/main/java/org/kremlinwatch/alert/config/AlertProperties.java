package org.kremlinwatch.alert.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of alert-service, prefix {@code kremlinwatch.alert}.
 *
 * @param adminToken bearer token of the admin API; blank means one is generated at
 * start-up and logged once
 * @param partitions partitions of the topics this service creates
 * @param replicas replication factor of the topics this service creates
 * @param webhook webhook delivery settings
 * @param delivery outbox poller settings
 * @param matching how releases are matched against subscriptions
 * @param mail e-mail settings
 * @param digest when daily digests are sent
 * @param console the analysts' web console
 * @param republish how alerts whose publication was lost are sent again
 */
@Validated
@ConfigurationProperties(prefix = "kremlinwatch.alert")
public record AlertProperties(String adminToken, @DefaultValue("3") @Min(1) int partitions,
		@DefaultValue("1") @Min(1) short replicas, @Valid @DefaultValue Webhook webhook,
		@Valid @DefaultValue Delivery delivery, @Valid @DefaultValue Matching matching, @Valid @DefaultValue Mail mail,
		@Valid @DefaultValue Digest digest, @Valid @DefaultValue Console console,
		@Valid @DefaultValue Republish republish) {

	/**
	 * @param pollInterval how often each instance looks in the release archive for
	 * releases to push to its live-feed browsers
	 * @param feedSize releases on the feed page when it opens
	 * @param pageSize releases per search page
	 * @param sseTimeout how long one live-feed connection stays open (browsers reconnect)
	 */
	public record Console(@DefaultValue("1s") @NotNull Duration pollInterval, @DefaultValue("30") @Min(1) int feedSize,
			@DefaultValue("20") @Min(1) int pageSize, @DefaultValue("30m") @NotNull Duration sseTimeout) {
	}

	/**
	 * @param grace how old an alert not yet on {@code kremlin.alerts.v1} must be before
	 * it is sent again (the listener publishes it right after recording it)
	 * @param interval how often to look for such alerts
	 * @param batchSize most alerts sent again per look
	 */
	public record Republish(@DefaultValue("30s") @NotNull Duration grace,
			@DefaultValue("10s") @NotNull Duration interval, @DefaultValue("500") @Min(1) int batchSize) {
	}

	/**
	 * E-mail settings; the SMTP server itself is configured by {@code spring.mail.*}.
	 *
	 * @param from the sender of every e-mail
	 */
	public record Mail(@DefaultValue("kremlinwatch@localhost") @NotBlank @Email String from) {
	}

	/**
	 * @param cron when the daily digests are sent (Spring cron: second minute hour day
	 * month weekday); {@code -} turns the schedule off
	 * @param zone the time zone of {@code cron}
	 */
	public record Digest(@DefaultValue("0 0 8 * * *") @NotBlank String cron,
			@DefaultValue("Europe/Moscow") @NotNull ZoneId zone) {
	}

	/**
	 * @param allowedHosts hosts exempt from the SSRF guard (e.g. a local receiver)
	 * @param timeout connect and response timeout of one webhook call
	 * @param retrySchedule delay before each attempt: the first entry before the first
	 * attempt, and so on; a delivery fails for good once the schedule is used up
	 */
	public record Webhook(@DefaultValue List<String> allowedHosts, @DefaultValue("10s") @NotNull Duration timeout,
			@DefaultValue("0s,5s,5m,30m,2h,5h,10h") @NotEmpty List<Duration> retrySchedule) {
	}

	/**
	 * @param pollInterval how often the outbox is polled for due deliveries
	 * @param batchSize most deliveries claimed per poll
	 * @param concurrency webhook calls in flight at once, so that one slow receiver
	 * cannot hold up the others
	 */
	public record Delivery(@DefaultValue("1s") @NotNull Duration pollInterval,
			@DefaultValue("50") @Min(1) int batchSize, @DefaultValue("4") @Min(1) int concurrency) {
	}

	/**
	 * @param engine {@code MONITOR} (stored-query matching, queries indexed by the terms
	 * Lucene Monitor's presearcher picks, in our own hash index; the fastest),
	 * {@code LUCENE_MONITOR} (the same, with the stock Lucene Monitor's query index) or
	 * {@code LOOP} (every subscription in turn; the reference, slow with many
	 * subscriptions)
	 */
	public record Matching(@DefaultValue("MONITOR") @NotNull Engine engine) {

		/** A way of matching. */
		public enum Engine {

			MONITOR, LUCENE_MONITOR, LOOP

		}

	}

}
