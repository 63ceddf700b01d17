package org.kremlinwatch.alert.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Keeps the {@link MatchIndex} in step with the subscription table: before each release
 * it reads one sequence number that every subscription change bumps, and reloads only
 * when it moved. Works across instances, since the number lives in PostgreSQL.
 */
@Component
class FilterCatalog {

	private static final Logger log = LoggerFactory.getLogger(FilterCatalog.class);

	// Paused subscriptions stay out of the index: they raise no alerts.
	private static final String SELECT_ACTIVE = "SELECT id, lang, event_types, topics, entities, query FROM subscription WHERE NOT paused";

	private final JdbcClient jdbc;

	private final MatchIndex index;

	private long loadedSeq = -1;

	FilterCatalog(JdbcClient jdbc, MatchIndex index) {
		this.jdbc = jdbc;
		this.index = index;
	}

	synchronized void refreshIfChanged() {
		long seq = this.jdbc.sql("SELECT seq FROM subscription_change WHERE id = 1").query(Long.class).single();
		if (seq == this.loadedSeq) {
			return;
		}
		List<SubscriptionFilter> filters = new ArrayList<>();
		this.jdbc.sql(SELECT_ACTIVE).query((rs) -> {
			try {
				filters.add(new SubscriptionFilter(rs.getObject("id", UUID.class),
						(rs.getString("lang") != null) ? Lang.valueOf(rs.getString("lang")) : null,
						strings(rs.getString("event_types")).stream()
							.map(EventKind::valueOf)
							.collect(Collectors.toSet()),
						strings(rs.getString("topics")), strings(rs.getString("entities")),
						(rs.getString("query") != null) ? TextQuery.parse(rs.getString("query")) : null));
			}
			catch (IllegalArgumentException ex) {
				// Stored rows passed validation; one that no longer parses must not stop
				// the others from matching.
				log.error("subscription {} cannot be matched and is skipped: {}", rs.getString("id"), ex.getMessage());
			}
		});
		this.index.replaceAll(filters);
		this.loadedSeq = seq;
		log.info("match index loaded {} subscriptions (change {})", filters.size(), seq);
	}

	private static Set<String> strings(String json) {
		return Set.copyOf(Arrays.asList(EventJson.mapper().readValue(json, String[].class)));
	}

}
