package org.kremlinwatch.alert.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the meetings that matching tracks ({@code meeting}, {@code meeting_version},
 * {@code meeting_release}) for the console; never writes them.
 */
@Repository
class MeetingQueries {

	private static final String COLUMNS = """
			m.id, m.participants_key, m.place, m.date_start, m.date_end, m.status, m.version, m.updated_at,
			(SELECT count(*) FROM meeting_release r WHERE r.meeting_id = m.id) AS releases""";

	private final JdbcClient jdbc;

	MeetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Meetings from {@code today} on (and those without a date), soonest first; or, with
	 * {@code all}, every meeting, latest date first.
	 */
	List<MeetingRow> list(LocalDate today, boolean all, int limit) {
		String sql = all ? "SELECT " + COLUMNS + " FROM meeting m ORDER BY m.date_start DESC NULLS LAST LIMIT ?"
				: "SELECT " + COLUMNS
						+ " FROM meeting m WHERE m.date_start IS NULL OR coalesce(m.date_end, m.date_start) >= ?"
						+ " ORDER BY m.date_start NULLS LAST LIMIT ?";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		statement = all ? statement.params(limit) : statement.params(today, limit);
		return statement.query(MeetingQueries::row).list();
	}

	Optional<MeetingRow> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM meeting m WHERE m.id = ?")
			.param(id)
			.query(MeetingQueries::row)
			.optional();
	}

	/** Every state the meeting had, oldest first, each with what changed. */
	List<Change> history(UUID id) {
		List<Change> changes = new ArrayList<>();
		Change[] previous = { null };
		this.jdbc.sql("""
				SELECT version, place, date_start, date_end, status, release_id FROM meeting_version
				WHERE meeting_id = ? ORDER BY version""").param(id).query((rs) -> {
			Change change = new Change(rs.getInt("version"), rs.getString("place"),
					rs.getObject("date_start", LocalDate.class), rs.getObject("date_end", LocalDate.class),
					rs.getString("status"), rs.getString("release_id"), kinds(previous[0], rs));
			changes.add(change);
			previous[0] = change;
		});
		return changes;
	}

	/** The Kremlin ids of the releases that mention the meeting. */
	List<Long> kremlinIds(UUID id) {
		return this.jdbc.sql("SELECT DISTINCT kremlin_id FROM meeting_release WHERE meeting_id = ?")
			.param(id)
			.query(Long.class)
			.list();
	}

	private static List<String> kinds(Change before, ResultSet rs) throws SQLException {
		if (before == null) {
			return List.of("announced");
		}
		List<String> kinds = new ArrayList<>();
		String status = rs.getString("status");
		if (!Objects.equals(before.dateStart(), rs.getObject("date_start", LocalDate.class))
				|| !Objects.equals(before.dateEnd(), rs.getObject("date_end", LocalDate.class))) {
			kinds.add("rescheduled");
		}
		if (!Objects.equals(before.place(), rs.getString("place"))) {
			kinds.add("moved");
		}
		if (!status.equals(before.status())) {
			kinds.add(status.toLowerCase(Locale.ROOT));
		}
		return kinds.isEmpty() ? List.of("reported") : kinds;
	}

	private static MeetingRow row(ResultSet rs, int row) throws SQLException {
		return new MeetingRow(rs.getObject("id", UUID.class), participants(rs.getString("participants_key")),
				rs.getString("place"), rs.getObject("date_start", LocalDate.class),
				rs.getObject("date_end", LocalDate.class), rs.getString("status"), rs.getInt("version"),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getLong("releases"));
	}

	/**
	 * The participants from their matching key ("russia,united states"), capitalized for
	 * reading.
	 */
	static List<String> participants(String key) {
		List<String> names = new ArrayList<>();
		for (String name : key.split(",")) {
			StringBuilder out = new StringBuilder(name.length());
			boolean start = true;
			for (char c : name.toCharArray()) {
				out.append(start ? Character.toUpperCase(c) : c);
				start = c == ' ' || c == '-';
			}
			if (!out.isEmpty()) {
				names.add(out.toString());
			}
		}
		return names;
	}

	/**
	 * A meeting as tracked now.
	 *
	 * @param id its id (also in the ICS UID)
	 * @param participants who takes part
	 * @param place where, if known
	 * @param dateStart first day, if known
	 * @param dateEnd last day, if known
	 * @param status ANNOUNCED, POSTPONED or CANCELLED
	 * @param version how many states it has had
	 * @param updatedAt when it last changed
	 * @param releases how many releases mention it
	 */
	public record MeetingRow(UUID id, List<String> participants, String place, LocalDate dateStart, LocalDate dateEnd,
			String status, int version, OffsetDateTime updatedAt, long releases) {

		public String dates() {
			if (this.dateStart == null) {
				return null;
			}
			return (this.dateEnd == null || this.dateEnd.equals(this.dateStart)) ? this.dateStart.toString()
					: this.dateStart + " – " + this.dateEnd;
		}

	}

	/**
	 * One state of a meeting.
	 *
	 * @param version its number, 1 first
	 * @param place where
	 * @param dateStart first day
	 * @param dateEnd last day
	 * @param status ANNOUNCED, POSTPONED or CANCELLED
	 * @param releaseId the release that reported it
	 * @param kinds what changed: announced, rescheduled, moved, postponed, cancelled or
	 * reported (nothing changed)
	 */
	public record Change(int version, String place, LocalDate dateStart, LocalDate dateEnd, String status,
			String releaseId, List<String> kinds) {

		public String dates() {
			return new MeetingRow(null, List.of(), null, this.dateStart, this.dateEnd, this.status, 0, null, 0).dates();
		}

	}

}
