package org.kremlinwatch.alert.digest;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.kremlinwatch.alert.config.AlertProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups the alerts waiting in each DAILY_DIGEST subscription into one digest e-mail, on
 * the {@code kremlinwatch.alert.digest.cron} schedule.
 * <p>
 * A digest only takes alerts into the outbox: the digest row, the marking of its alerts
 * and its e-mail delivery are one transaction, so a digest is queued once or not at all,
 * and the outbox sends it with the usual retries. Alerts are taken with
 * {@code FOR UPDATE SKIP LOCKED}, so two instances never put one alert in two digests. A
 * run missed while the service was down is made up by the next one, which takes
 * everything still waiting.
 */
@Component
class DigestJob implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	/** Spring's value for "never" (as in {@code @Scheduled}). */
	private static final String DISABLED = "-";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AlertProperties.Digest settings;

	private final Counter digests;

	private volatile ScheduledExecutorService executor;

	private volatile ScheduledFuture<?> schedule;

	DigestJob(JdbcClient jdbc, TransactionTemplate transaction, AlertProperties properties, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.settings = properties.digest();
		this.digests = Counter.builder("kremlinwatch.alert.digests")
			.description("Digest e-mails queued, one per subscription and run")
			.register(meters);
		if (!DISABLED.equals(this.settings.cron())) {
			// Fail at start-up, not at 08:00, on a bad expression.
			new CronTrigger(this.settings.cron(), this.settings.zone());
		}
	}

	/** Queues one digest per subscription with waiting alerts; returns how many. */
	int run() {
		List<UUID> subscriptions = this.jdbc.sql("""
				SELECT DISTINCT a.subscription_id FROM alert a JOIN subscription s ON s.id = a.subscription_id
				WHERE a.awaits_digest AND a.digest_id IS NULL AND s.email IS NOT NULL""").query(UUID.class).list();
		int queued = 0;
		for (UUID subscriptionId : subscriptions) {
			if (Boolean.TRUE.equals(this.transaction.execute((status) -> queue(subscriptionId)))) {
				queued++;
			}
		}
		this.digests.increment(queued);
		return queued;
	}

	private boolean queue(UUID subscriptionId) {
		UUID digestId = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO digest (id, subscription_id) VALUES (?, ?)")
			.params(digestId, subscriptionId)
			.update();
		int taken = this.jdbc.sql("""
				UPDATE alert SET digest_id = ? WHERE id IN (
					SELECT id FROM alert WHERE subscription_id = ? AND awaits_digest AND digest_id IS NULL
					FOR UPDATE SKIP LOCKED)""").params(digestId, subscriptionId).update();
		if (taken == 0) {
			// Another instance took them first.
			this.jdbc.sql("DELETE FROM digest WHERE id = ?").param(digestId).update();
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO delivery (id, digest_id, subscription_id, channel, status, next_attempt_at)
				VALUES (?, ?, ?, 'email', 'PENDING', now())""")
			.params(UUID.randomUUID(), digestId, subscriptionId)
			.update();
		return true;
	}

	private void runLogged() {
		try {
			int queued = run();
			log.info("queued {} digest e-mails", queued);
		}
		catch (RuntimeException ex) {
			// Nothing was taken: whatever waits goes into the next run.
			log.warn("digest run failed: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "digest"));
		if (!DISABLED.equals(this.settings.cron())) {
			this.schedule = new ConcurrentTaskScheduler(this.executor).schedule(this::runLogged,
					new CronTrigger(this.settings.cron(), this.settings.zone()));
		}
	}

	@Override
	public void stop() {
		if (this.schedule != null) {
			this.schedule.cancel(false);
		}
		this.executor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
