package org.kremlinwatch.alert.match;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends again every alert that was recorded but never marked published on
 * {@code kremlin.alerts.v1} (the process died, or the broker was away, between the
 * database commit and the send), once it is older than a grace period. The rows are
 * claimed {@code FOR UPDATE SKIP LOCKED}, so several instances never send one twice at
 * once; a copy that does arrive twice has the same key (the subscription id) and the same
 * {@code eventId}, by which consumers deduplicate.
 */
@Component
class AlertRepublisher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AlertRepublisher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AlertPublisher publisher;

	private final AlertProperties.Republish settings;

	private final Counter republished;

	private volatile ScheduledExecutorService executor;

	AlertRepublisher(JdbcClient jdbc, TransactionTemplate transaction, AlertPublisher publisher,
			AlertProperties properties, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.publisher = publisher;
		this.settings = properties.republish();
		this.republished = Counter.builder("kremlinwatch.alert.alerts.republished")
			.description("Alerts sent to kremlin.alerts.v1 again because their first publication was lost")
			.register(meters);
	}

	/** Sends one batch of overdue alerts; returns how many. */
	int republishDue() {
		Integer sent = this.transaction.execute((status) -> {
			List<AlertPublisher.Stored> due = this.jdbc.sql("SELECT " + AlertPublisher.COLUMNS + """
					 FROM alert_unpublished u JOIN alert a ON a.id = u.alert_id
					WHERE u.created_at < now() - make_interval(secs => ?)
					ORDER BY u.created_at LIMIT ? FOR UPDATE OF u SKIP LOCKED""")
				.params(this.settings.grace().toMillis() / 1000.0, this.settings.batchSize())
				.query(AlertPublisher.Stored::read)
				.list();
			try {
				// A failure rolls back: the rows stay unpublished for the next run.
				return this.publisher.send(due);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while republishing alerts", ex);
			}
		});
		this.republished.increment(sent);
		return sent;
	}

	private void runLogged() {
		try {
			int sent;
			do {
				sent = republishDue();
				if (sent > 0) {
					log.warn("republished {} alerts whose publication on {} had been lost", sent, Topics.ALERTS_V1);
				}
			}
			while (sent == this.settings.batchSize());
		}
		catch (RuntimeException ex) {
			log.warn("republishing alerts failed, next try in {}: {}", this.settings.interval(), ex.toString());
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "alert-republisher"));
		long interval = this.settings.interval().toMillis();
		this.executor.scheduleWithFixedDelay(this::runLogged, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.executor.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.executor != null && !this.executor.isShutdown();
	}

}
