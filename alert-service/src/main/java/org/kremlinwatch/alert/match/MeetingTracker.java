package org.kremlinwatch.alert.match;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.ReleaseTagged;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Follows announced meetings across releases, so that a changed date or place, a
 * postponement or a cancellation is told as an update of the meeting and not as another
 * meeting. An announced meeting in a release is the known meeting that, in this order:
 * <ol>
 * <li>the same release (either language, any revision) reported for the same
 * participants: a silent edit may change anything and is still the same meeting;</li>
 * <li>has the same dedupe key (participants, place and date as first reported);</li>
 * <li>has the same participants, has not taken place yet when the release was published,
 * and shares its place or its date: moving the date keeps the place, moving the place
 * keeps the date. Both at once from another release is taken for a new meeting, since
 * nothing then ties the two.</li>
 * </ol>
 * Only a release newer than the one the state came from (later publication, or a later
 * revision of that release) may change it, so a late or redelivered older report never
 * turns a meeting back. Must run inside the caller's transaction.
 */
@Component
class MeetingTracker {

	private static final String COLUMNS = """
			id, meeting_key, place, date_start, date_end, status, version, source_kremlin_id, source_revision,
			source_published_at""";

	private final JdbcClient jdbc;

	MeetingTracker(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the announced meetings of {@code release}; returns where each one stands
	 * now.
	 */
	Map<ExtractedEvent, Sighting> track(ReleaseTagged release) {
		Map<ExtractedEvent, Sighting> sightings = new IdentityHashMap<>();
		for (ExtractedEvent event : release.events()) {
			if (MeetingState.tracks(event)) {
				sightings.put(event, track(release, event));
			}
		}
		return sightings;
	}

	/**
	 * Takes, in one fixed order, the locks that tracking the meetings of {@code releases}
	 * will need, so that two batches holding them until they commit cannot deadlock by
	 * taking them in different orders.
	 */
	void lockAll(List<ReleaseTagged> releases) {
		Set<String> keys = new TreeSet<>();
		for (ReleaseTagged release : releases) {
			for (ExtractedEvent event : release.events()) {
				if (MeetingState.tracks(event)) {
					keys.add(DedupeKeys.participantsKey(event));
				}
			}
		}
		if (keys.isEmpty()) {
			return;
		}
		// Volatile functions run after the sort: locks in hash order.
		this.jdbc
			.sql("""
					SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(?::text[]) AS k) AS keys
					ORDER BY h""")
			.param(keys.toArray(String[]::new))
			.query((rs) -> {
			});
	}

	private Sighting track(ReleaseTagged release, ExtractedEvent event) {
		String participants = DedupeKeys.participantsKey(event);
		// Releases on other partitions may report the same meeting at the same moment.
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param(participants).query((rs) -> {
		});
		String key = DedupeKeys.ofEvent(release, event);
		Optional<Row> known = byRelease(release.kremlinId(), participants).or(() -> byKey(key))
			.or(() -> byPlaceOrDate(participants, event, release.publishedAt().toLocalDate()));
		if (known.isEmpty()) {
			return insert(release, event, key, participants);
		}
		Row row = known.get();
		link(release.kremlinId(), participants, row.id());
		if (!isNewer(release, row)) {
			return row.sighting();
		}
		MeetingState next = row.state().next(event);
		int version = next.changesSince(row.state()).isEmpty() ? row.version() : row.version() + 1;
		this.jdbc.sql("""
				UPDATE meeting SET place = ?, place_key = ?, date_start = ?, date_end = ?, status = ?, version = ?,
					source_kremlin_id = ?, source_revision = ?, source_published_at = ?, updated_at = now()
				WHERE id = ?""")
			.params(next.place(), MeetingState.placeKey(next.place()), date(next.dateStart()), date(next.dateEnd()),
					next.status(), version, release.kremlinId(), release.revision(),
					Timestamp.from(release.publishedAt().toInstant()), row.id())
			.update();
		if (version != row.version()) {
			insertVersion(row.id(), version, next, release.releaseId());
		}
		return new Sighting(row.id(), row.key(), version, next);
	}

	/** The state a meeting had at {@code version}. */
	MeetingState stateAt(UUID meetingId, int version) {
		return this.jdbc
			.sql("SELECT place, date_start, date_end, status FROM meeting_version WHERE meeting_id = ? AND version = ?")
			.params(meetingId, version)
			.query((rs, n) -> new MeetingState(rs.getString(1), localDate(rs.getDate(2)), localDate(rs.getDate(3)),
					rs.getString(4)))
			.single();
	}

	/**
	 * Subscriptions told about the meeting that still ask for announced meetings, with
	 * the version each one last heard of.
	 */
	Map<UUID, Integer> followers(UUID meetingId) {
		Map<UUID, Integer> followers = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT a.subscription_id, max(a.meeting_version) FROM alert a
				JOIN subscription s ON s.id = a.subscription_id
				WHERE a.meeting_id = ? AND s.event_types @> '["MEETING_ANNOUNCED"]'::jsonb AND NOT s.paused
				GROUP BY a.subscription_id""").param(meetingId).query((rs) -> {
			followers.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return followers;
	}

	private Optional<Row> byRelease(long kremlinId, String participants) {
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM meeting
				WHERE id = (SELECT meeting_id FROM meeting_release WHERE kremlin_id = ? AND participants_key = ?)""")
			.params(kremlinId, participants)
			.query(MeetingTracker::row)
			.optional();
	}

	private Optional<Row> byKey(String key) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM meeting WHERE meeting_key = ?")
			.param(key)
			.query(MeetingTracker::row)
			.optional();
	}

	private Optional<Row> byPlaceOrDate(String participants, ExtractedEvent event, LocalDate published) {
		String placeKey = MeetingState.placeKey(event.place());
		return this.jdbc.sql("SELECT " + COLUMNS + """
				 FROM meeting
				WHERE participants_key = ? AND (date_start IS NULL OR date_start >= ?)
					AND ((place_key IS NOT NULL AND place_key = ?) OR (date_start IS NOT NULL AND date_start = ?))
				ORDER BY updated_at DESC LIMIT 1""")
			.params(participants, date(published), placeKey, date(event.dateStart()))
			.query(MeetingTracker::row)
			.optional();
	}

	private Sighting insert(ReleaseTagged release, ExtractedEvent event, String key, String participants) {
		UUID id = UUID.randomUUID();
		MeetingState state = MeetingState.of(event);
		this.jdbc.sql("""
				INSERT INTO meeting (id, meeting_key, participants_key, place, place_key, date_start, date_end, status,
					version, source_kremlin_id, source_revision, source_published_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
			.params(id, key, participants, state.place(), MeetingState.placeKey(state.place()), date(state.dateStart()),
					date(state.dateEnd()), state.status(), release.kremlinId(), release.revision(),
					Timestamp.from(release.publishedAt().toInstant()))
			.update();
		insertVersion(id, 1, state, release.releaseId());
		link(release.kremlinId(), participants, id);
		return new Sighting(id, key, 1, state);
	}

	private void insertVersion(UUID id, int version, MeetingState state, String releaseId) {
		this.jdbc.sql("""
				INSERT INTO meeting_version (meeting_id, version, place, date_start, date_end, status, release_id)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, version, state.place(), date(state.dateStart()), date(state.dateEnd()), state.status(),
					releaseId)
			.update();
	}

	private void link(long kremlinId, String participants, UUID meetingId) {
		this.jdbc.sql("""
				INSERT INTO meeting_release (kremlin_id, participants_key, meeting_id) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""").params(kremlinId, participants, meetingId).update();
	}

	private static boolean isNewer(ReleaseTagged release, Row row) {
		int byTime = release.publishedAt().toInstant().compareTo(row.sourcePublishedAt().toInstant());
		return byTime > 0 || release.kremlinId() == row.sourceKremlinId() && release.revision() > row.sourceRevision();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject(1, UUID.class), rs.getString(2),
				new MeetingState(rs.getString(3), localDate(rs.getDate(4)), localDate(rs.getDate(5)), rs.getString(6)),
				rs.getInt(7), rs.getLong(8), rs.getInt(9), rs.getTimestamp(10));
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static LocalDate localDate(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/**
	 * Where a meeting stands after a release.
	 *
	 * @param meetingId the meeting
	 * @param key the dedupe key of its first sighting
	 * @param version its current version, bumped by every change
	 * @param state its current state
	 */
	record Sighting(UUID meetingId, String key, int version, MeetingState state) {
	}

	private record Row(UUID id, String key, MeetingState state, int version, long sourceKremlinId, int sourceRevision,
			Timestamp sourcePublishedAt) {

		Sighting sighting() {
			return new Sighting(this.id, this.key, this.version, this.state);
		}

	}

}
