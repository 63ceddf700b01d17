package org.kremlinwatch.alert.match;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link MatchIndex} in step with the subscription table. The first time, it
 * loads every subscription; after that, before each batch of releases, it reads the
 * entries of {@code subscription_change_log} after the last one it applied and changes
 * the index by those subscriptions only. Every instance does so on its own, so each
 * learns of every change made through any of them; the log's numbering has no gaps and
 * commits in order (see V5), so none is skipped.
 */
@Component
class FilterCatalog {

	private static final Logger log = LoggerFactory.getLogger(FilterCatalog.class);

	private static final String COLUMNS = "id, lang, event_types, topics, entities, query, paused";

	/**
	 * How long log entries are kept: an instance that has not looked for longer (no
	 * releases for a day) finds a gap and reloads everything.
	 */
	private static final Duration KEEP = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final MatchIndex index;

	private long loadedSeq = -1;

	private Instant lastPruned = Instant.EPOCH;

	FilterCatalog(JdbcClient jdbc, MatchIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	synchronized void refreshIfChanged() {
		if (this.loadedSeq < 0) {
			reloadAll();
			return;
		}
		List<Change> changes = this.jdbc
			.sql("SELECT seq, subscription_id FROM subscription_change_log WHERE seq > ? ORDER BY seq")
			.param(this.loadedSeq)
			.query((rs, row) -> new Change(rs.getLong(1), rs.getObject(2, UUID.class)))
			.list();
		prune();
		if (changes.isEmpty()) {
			return;
		}
		if (changes.get(0).seq() != this.loadedSeq + 1) {
			// Entries this instance never saw were pruned: it was idle for a long time.
			reloadAll();
			return;
		}
		Set<UUID> changed = new LinkedHashSet<>();
		changes.forEach((change) -> changed.add(change.subscriptionId()));
		// The rows as they are now: a later change than the last entry read is applied
		// early, and again (to the same effect) when its entry is read.
		Map<UUID, SubscriptionFilter> current = new HashMap<>();
		this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE id IN (:ids)")
			.param("ids", changed)
			.query((rs) -> {
				SubscriptionFilter filter = filterOf(rs);
				if (filter != null) {
					current.put(filter.subscriptionId(), filter);
				}
			});
		for (UUID id : changed) {
			SubscriptionFilter filter = current.get(id);
			if (filter != null) {
				this.index.put(filter);
			}
			else {
				this.index.remove(id);
			}
		}
		this.loadedSeq = changes.get(changes.size() - 1).seq();
		log.debug("match index: {} subscriptions changed (change {})", changed.size(), this.loadedSeq);
	}

	private void reloadAll() {
		// The counter first: every change up to it is in the rows read next.
		long seq = this.jdbc.sql("SELECT seq FROM subscription_change WHERE id = 1").query(Long.class).single();
		List<SubscriptionFilter> filters = new ArrayList<>();
		this.jdbc.sql("SELECT " + COLUMNS + " FROM subscription").query((rs) -> {
			SubscriptionFilter filter = filterOf(rs);
			if (filter != null) {
				filters.add(filter);
			}
		});
		this.index.replaceAll(filters);
		this.loadedSeq = seq;
		log.info("match index loaded {} subscriptions (change {})", filters.size(), seq);
	}

	private void prune() {
		Instant now = Instant.now();
		if (now.isBefore(this.lastPruned.plus(Duration.ofHours(1)))) {
			return;
		}
		this.lastPruned = now;
		this.jdbc.sql("DELETE FROM subscription_change_log WHERE changed_at < ?")
			.param(Timestamp.from(now.minus(KEEP)))
			.update();
	}

	private static SubscriptionFilter filterOf(ResultSet rs) throws SQLException {
		if (rs.getBoolean("paused")) {
			// Paused subscriptions stay out of the index: they raise no alerts.
			return null;
		}
		try {
			return new SubscriptionFilter(rs.getObject("id", UUID.class),
					(rs.getString("lang") != null) ? Lang.valueOf(rs.getString("lang")) : null,
					strings(rs.getString("event_types")).stream().map(EventKind::valueOf).collect(Collectors.toSet()),
					strings(rs.getString("topics")), strings(rs.getString("entities")),
					(rs.getString("query") != null) ? TextQuery.parse(rs.getString("query")) : null);
		}
		catch (IllegalArgumentException ex) {
			// Stored rows passed validation; one that no longer parses must not stop the
			// others from matching.
			log.error("subscription {} cannot be matched and is skipped: {}", rs.getString("id"), ex.getMessage());
			return null;
		}
	}

	private record Change(long seq, UUID subscriptionId) {
	}

	private static Set<String> strings(String json) {
		return Set.copyOf(Arrays.asList(EventJson.mapper().readValue(json, String[].class)));
	}

}
