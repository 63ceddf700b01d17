package org.kremlinwatch.alert.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kremlinwatch.events.EventJson;
import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code release_archive} table. Writers serialize on one advisory lock per
 * transaction, so that {@code seq} values become visible in order: a poller that saw
 * {@code seq} n will never later find a smaller one appear.
 */
@Repository
public class ReleaseArchive {

	/** Moscow: the day boundaries of date searches, as the Kremlin dates its releases. */
	public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	private static final long WRITE_LOCK = 0x6b77_6172_6368L;

	private static final String COLUMNS = """
			release_id, seq, lang, kremlin_id, revision, title, body, url, alternate_url, published_at,
			topics::text AS topics, entities::text AS entities, events::text AS events""";

	private static final String UPSERT = """
			INSERT INTO release_archive (release_id, lang, kremlin_id, revision, title, body, url, alternate_url,
				published_at, topics, entities, events, search)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb,
				setweight(to_tsvector(?::regconfig, ?), 'A') || setweight(to_tsvector(?::regconfig, ?), 'B'))
			ON CONFLICT (release_id) DO UPDATE SET seq = nextval('release_archive_seq'),
				revision = EXCLUDED.revision, title = EXCLUDED.title, body = EXCLUDED.body, url = EXCLUDED.url,
				alternate_url = EXCLUDED.alternate_url, published_at = EXCLUDED.published_at,
				topics = EXCLUDED.topics, entities = EXCLUDED.entities, events = EXCLUDED.events,
				search = EXCLUDED.search, archived_at = now()
			WHERE release_archive.revision < EXCLUDED.revision""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ReleaseArchive(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Takes the writers' lock; call first in the writing transaction. */
	void lockForWriting() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(WRITE_LOCK).query((rs) -> {
		});
	}

	/**
	 * Stores {@code release} unless a newer or the same revision is already there.
	 * @return whether the archive changed
	 */
	boolean store(ReleaseTagged release) {
		return this.jdbc.sql(UPSERT).params(upsertParams(release)).update() == 1;
	}

	/**
	 * Stores each of {@code releases} as {@link #store} does, in one JDBC batch: one
	 * round trip and one statement parse for a whole poll instead of one per release.
	 * @return how many changed the archive
	 */
	int storeAll(List<ReleaseTagged> releases) {
		List<Object[]> params = releases.stream().map(ReleaseArchive::upsertParams).toList();
		int changed = 0;
		for (int count : this.batch.batchUpdate(UPSERT, params)) {
			changed += (count == 1) ? 1 : 0;
		}
		return changed;
	}

	private static Object[] upsertParams(ReleaseTagged release) {
		String config = (release.lang() == Lang.ru) ? "russian" : "english";
		return new Object[] { release.releaseId(), release.lang().name(), release.kremlinId(), release.revision(),
				release.title(), release.text(), release.url(), release.alternateUrl(), release.publishedAt(),
				json(release.topics()), json(release.entities()), json(release.events()), config, release.title(),
				config, (release.text() != null) ? release.text() : "" };
	}

	/** The highest {@code seq} so far, 0 when empty. */
	public long latestSeq() {
		return this.jdbc.sql("SELECT coalesce(max(seq), 0) FROM release_archive").query(Long.class).single();
	}

	/**
	 * Releases stored or updated after {@code seq}, in that order, at most {@code limit}.
	 */
	public List<ArchivedRelease> after(long seq, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM release_archive WHERE seq > ? ORDER BY seq LIMIT ?")
			.params(seq, limit)
			.query(ReleaseArchive::row)
			.list();
	}

	/** The most recently published releases, newest first. */
	public List<ArchivedRelease> newest(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM release_archive ORDER BY published_at DESC, release_id LIMIT ?")
			.param(limit)
			.query(ReleaseArchive::row)
			.list();
	}

	public Optional<ArchivedRelease> find(String releaseId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM release_archive WHERE release_id = ?")
			.param(releaseId)
			.query(ReleaseArchive::row)
			.optional();
	}

	/** Which of {@code releaseIds} are archived. */
	public List<String> existing(Collection<String> releaseIds) {
		if (releaseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT release_id FROM release_archive WHERE release_id = ANY(?)")
			.param(releaseIds.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/** Both language versions of the releases {@code kremlinIds}, newest first. */
	public List<ArchivedRelease> byKremlinIds(Collection<Long> kremlinIds) {
		if (kremlinIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM release_archive WHERE kremlin_id = ANY(?) ORDER BY published_at DESC, lang")
			.param(kremlinIds.toArray(Long[]::new))
			.query(ReleaseArchive::row)
			.list();
	}

	public ReleaseSearch.Page search(ReleaseSearch search) {
		StringBuilder where = new StringBuilder(" WHERE true");
		List<Object> params = new ArrayList<>();
		if (search.text() != null && !search.text().isBlank()) {
			// Each language version against a query stemmed in its own language.
			where.append(" AND ((lang = 'ru' AND search @@ websearch_to_tsquery('russian', ?))"
					+ " OR (lang = 'en' AND search @@ websearch_to_tsquery('english', ?)))");
			params.add(search.text());
			params.add(search.text());
		}
		if (search.topic() != null && !search.topic().isBlank()) {
			// The expression of release_archive_topic_ids_idx, so that the index serves
			// it.
			where.append(" AND jsonb_path_query_array(topics, '$[*].id') @> jsonb_build_array(?::text)");
			params.add(search.topic().strip());
		}
		if (search.entity() != null && !search.entity().isBlank()) {
			where.append(" AND EXISTS (SELECT 1 FROM jsonb_array_elements(entities) e"
					+ " WHERE lower(e->>'name') = lower(?))");
			params.add(search.entity().strip());
		}
		if (search.lang() != null) {
			where.append(" AND lang = ?");
			params.add(search.lang().name());
		}
		if (search.from() != null) {
			where.append(" AND published_at >= ?");
			params.add(search.from().atStartOfDay(MOSCOW).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}
		if (search.to() != null) {
			where.append(" AND published_at < ?");
			params.add(search.to()
				.plusDays(1)
				.atStartOfDay(MOSCOW)
				.toOffsetDateTime()
				.withOffsetSameInstant(ZoneOffset.UTC));
		}
		long total = this.jdbc.sql("SELECT count(*) FROM release_archive" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(search.size());
		pageParams.add((long) search.page() * search.size());
		List<ArchivedRelease> releases = this.jdbc
			.sql("SELECT " + COLUMNS + " FROM release_archive" + where
					+ " ORDER BY published_at DESC, release_id LIMIT ? OFFSET ?")
			.params(pageParams)
			.query(ReleaseArchive::row)
			.list();
		return new ReleaseSearch.Page(releases, total, search.page(), search.size());
	}

	private static ArchivedRelease row(ResultSet rs, int row) throws SQLException {
		return new ArchivedRelease(rs.getString("release_id"), rs.getLong("seq"), Lang.valueOf(rs.getString("lang")),
				rs.getLong("kremlin_id"), rs.getInt("revision"), rs.getString("title"), rs.getString("body"),
				rs.getString("url"), rs.getString("alternate_url"),
				rs.getObject("published_at", java.time.OffsetDateTime.class)
					.atZoneSameInstant(MOSCOW)
					.toOffsetDateTime(),
				Arrays.asList(EventJson.mapper().readValue(rs.getString("topics"), TopicMatch[].class)),
				Arrays.asList(EventJson.mapper().readValue(rs.getString("entities"), Entity[].class)),
				Arrays.asList(EventJson.mapper().readValue(rs.getString("events"), ExtractedEvent[].class)));
	}

	private static String json(Object value) {
		return EventJson.mapper().writeValueAsString(value);
	}

}
