package org.kremlinwatch.alert.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.kremlinwatch.alert.config.AlertProperties;
import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.AlertRaised;
import org.kremlinwatch.support.tracing.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Polls the outbox and sends due webhooks and e-mails on a small bounded pool: it claims
 * no more rows than it has free threads, so a slow receiver ties up one thread and never
 * the poll, and keeps claiming while rows are due.
 */
@Component
class DeliveryPoller implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryPoller.class);

	private final Outbox outbox;

	private final WebhookSender sender;

	private final EmailSender email;

	private final RetryPolicy retries;

	private final AlertProperties.Delivery settings;

	private final Duration lease;

	private final Semaphore slots;

	private final MeterRegistry meters;

	private final Map<String, Timer> latency;

	private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();

	private final AtomicReference<double[]> pending = new AtomicReference<>(new double[] { 0, 0, 0 });

	private final TraceContexts traces;

	private volatile ScheduledExecutorService scheduler;

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	private volatile ExecutorService workers;

	DeliveryPoller(Outbox outbox, WebhookSender sender, AlertProperties properties, MeterRegistry meters,
			ObjectProvider<JavaMailSender> mailSender, TraceContexts traces) {
		this.outbox = outbox;
		this.settings = properties.delivery();
		this.traces = traces;
		this.sender = sender;
		this.email = new EmailSender(mailSender.getIfAvailable(), properties.mail().from());
		this.retries = new RetryPolicy(properties.webhook().retrySchedule(),
				() -> ThreadLocalRandom.current().nextDouble());
		// Long enough for connect plus response timeouts, so a row is never sent twice
		// at once.
		this.lease = properties.webhook().timeout().multipliedBy(2).plusSeconds(30);
		this.slots = new Semaphore(this.settings.concurrency());
		this.meters = meters;
		this.latency = Map.of("webhook", latencyTimer(meters, "webhook"), "email", latencyTimer(meters, "email"));
		Gauge.builder("kremlinwatch.alert.deliveries.pending", this.pending, (p) -> p.get()[0])
			.description("Deliveries waiting for their first or next attempt")
			.register(meters);
		Gauge.builder("kremlinwatch.alert.deliveries.retrying", this.pending, (p) -> p.get()[2])
			.description("Retry queue depth: waiting deliveries that failed at least once")
			.register(meters);
		Gauge.builder("kremlinwatch.alert.deliveries.oldest.pending.age", this.pending, (p) -> p.get()[1])
			.description("Age in seconds of the oldest waiting delivery")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * Polls at once instead of at the next interval; wake-ups that arrive while one is
	 * queued are one.
	 */
	@EventListener
	void onDeliveriesQueued(DeliveriesQueued queued) {
		ScheduledExecutorService poller = this.scheduler;
		if (poller != null && queued.alerts() > 0 && this.wakeQueued.compareAndSet(false, true)) {
			poller.execute(() -> {
				this.wakeQueued.set(false);
				poll();
			});
		}
	}

	/**
	 * The scheduled poll: also refreshes the outbox gauges. Wake-ups skip that: under a
	 * backlog they come dozens of times a second, and counting the pending rows each time
	 * cost a scan of the whole backlog per wake-up.
	 */
	private void measureAndPoll() {
		try {
			this.pending.set(this.outbox.pendingStats());
		}
		catch (RuntimeException ex) {
			log.warn("outbox gauges not refreshed: {}", ex.toString());
		}
		poll();
	}

	void poll() {
		try {
			while (true) {
				// Wait for a free worker, not for the next poll: a burst drains at the
				// speed of the receivers rather than batch by poll interval.
				this.slots.acquire();
				this.slots.release();
				int free = Math.min(this.slots.availablePermits(), this.settings.batchSize());
				List<PendingDelivery> due = this.outbox.claimDue(free, this.lease);
				due.forEach(this::dispatch);
				if (due.size() < free) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			// Shutting down.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next poll tries again.
			log.warn("outbox poll failed: {}", ex.toString());
		}
	}

	private void dispatch(PendingDelivery delivery) {
		this.slots.acquireUninterruptibly();
		this.inFlight.add(delivery.id());
		this.workers.execute(() -> {
			try {
				// Continues the trace the alert was raised in, hours later if it was
				// retried.
				this.traces.continuing("kremlinwatch.alert.deliver", delivery.traceparent(), delivery.releaseId(),
						() -> deliver(delivery));
			}
			finally {
				this.inFlight.remove(delivery.id());
				this.slots.release();
			}
		});
	}

	private void deliver(PendingDelivery delivery) {
		try {
			boolean channelGone = delivery.isEmail() ? delivery.email() == null
					: delivery.webhookUrl() == null || !delivery.webhookEnabled();
			if (channelGone) {
				this.outbox.disableQueued(delivery.subscriptionId(), delivery.channel());
				return;
			}
			WebhookSender.Result result = delivery.isEmail() ? this.email.send(delivery, alertsOf(delivery))
					: this.sender.send(delivery);
			if (result.delivered()) {
				this.outbox.delivered(delivery.id(), result.statusCode());
				this.latency.get(delivery.channel()).record(Duration.between(delivery.createdAt(), Instant.now()));
				count(delivery, "delivered");
				log.info("Delivered {} {} about {} ({})", delivery.channel(),
						(delivery.alertId() != null) ? "alert " + delivery.alertId() : "digest " + delivery.digestId(),
						delivery.releaseId(), result.statusCode());
			}
			else if (!delivery.isEmail() && Integer.valueOf(410).equals(result.statusCode())) {
				this.outbox.gone(delivery.id(), delivery.subscriptionId());
				count(delivery, "failed");
			}
			else if (delivery.isEmail() && EmailSender.permanent(result.statusCode())) {
				// The server refused for good (e.g. 550 no such mailbox): retrying for a
				// day would only repeat it.
				this.outbox.failed(delivery.id(), result.statusCode(), result.error());
				count(delivery, "rejected");
			}
			else {
				retryOrFail(delivery, result);
			}
		}
		catch (InterruptedException ex) {
			// Shutting down: the lease runs out and the row is sent after the restart.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("delivery {} failed unexpectedly", delivery.id(), ex);
		}
	}

	private void retryOrFail(PendingDelivery delivery, WebhookSender.Result result) {
		Integer status = result.statusCode();
		String error = (result.error() != null) ? result.error() : "receiver answered " + status;
		boolean mayAskToWait = Integer.valueOf(429).equals(status) || Integer.valueOf(503).equals(status);
		this.retries.nextDelay(delivery.attempts() + 1, mayAskToWait ? result.retryAfter() : null)
			.ifPresentOrElse((delay) -> {
				this.outbox.retryLater(delivery.id(), status, error, delay);
				count(delivery, "retry");
			}, () -> {
				this.outbox.failed(delivery.id(), status, error);
				count(delivery, "failed");
			});
	}

	/** The alert of the delivery, or all of its digest's. */
	private List<AlertRaised> alertsOf(PendingDelivery delivery) {
		List<String> payloads = (delivery.digestId() != null) ? this.outbox.digestPayloads(delivery.digestId())
				: List.of(delivery.payload());
		return payloads.stream().map((json) -> EventJson.mapper().readValue(json, AlertRaised.class)).toList();
	}

	private static Timer latencyTimer(MeterRegistry meters, String channel) {
		return Timer.builder("kremlinwatch.alert.delivery.latency")
			.description("From alert (or digest) recorded to delivered, retries included")
			.tag("channel", channel)
			.register(meters);
	}

	private void count(PendingDelivery delivery, String outcome) {
		Counter.builder("kremlinwatch.alert.deliveries")
			.description("Delivery attempts by outcome")
			.tag("channel", delivery.channel())
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	@Override
	public void start() {
		this.workers = Executors.newFixedThreadPool(this.settings.concurrency(), (task) -> {
			Thread thread = new Thread(task, "delivery");
			thread.setDaemon(true);
			return thread;
		});
		this.scheduler = Executors.newSingleThreadScheduledExecutor((task) -> new Thread(task, "outbox-poller"));
		this.scheduler.scheduleWithFixedDelay(this::measureAndPoll, 0, this.settings.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/**
	 * Lets calls in flight finish for a moment, then gives back the claims of those that
	 * did not, so that the next start (of this or another instance) sends them at once
	 * instead of after the lease. A call cut off mid-way may then arrive twice: the
	 * receiver tells by its {@code webhook-id}.
	 */
	@Override
	public void stop() {
		this.scheduler.shutdownNow();
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(2, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
				this.workers.awaitTermination(2, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (!this.inFlight.isEmpty()) {
			try {
				this.outbox.release(List.copyOf(this.inFlight));
			}
			catch (RuntimeException ex) {
				log.warn("could not release {} claimed deliveries; they resume after the lease: {}",
						this.inFlight.size(), ex.toString());
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null && !this.scheduler.isShutdown();
	}

}
