package org.kremlinwatch.alert.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;

/**
 * What is known of an announced meeting at one point: where, when and whether it still
 * stands. Plain Java, so that what counts as a change is easy to test.
 *
 * @param place where, as last reported
 * @param dateStart first day, as last reported
 * @param dateEnd last day, as last reported
 * @param status {@link #ANNOUNCED}, {@link #POSTPONED} or {@link #CANCELLED}
 */
record MeetingState(String place, LocalDate dateStart, LocalDate dateEnd, String status) {

	static final String ANNOUNCED = "ANNOUNCED";

	static final String POSTPONED = "POSTPONED";

	static final String CANCELLED = "CANCELLED";

	// The contract has no status for these (an event is ANNOUNCED or HELD), so the
	// evidence sentence tells: English and Russian stems.
	private static final Pattern CANCELLED_WORDS = Pattern.compile(
			"cancel|called off|call off|will not take place|отмен|не состоится",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern POSTPONED_WORDS = Pattern.compile(
			"postpon|put off|reschedul|delayed|перенес|перенос|отлож", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	MeetingState {
		Objects.requireNonNull(status, "status");
	}

	/** Whether {@code event} is a meeting whose date and place may still change. */
	static boolean tracks(ExtractedEvent event) {
		return event != null && event.type() == EventType.MEETING && event.status() == EventStatus.ANNOUNCED;
	}

	/** The state {@code event} reports on its own. */
	static MeetingState of(ExtractedEvent event) {
		return new MeetingState(event.place(), event.dateStart(), event.dateEnd(), statusOf(event));
	}

	/**
	 * The state after a newer release reported {@code event}: what it leaves out (a
	 * place, a date) stays as it was, since not repeating a detail does not undo it.
	 */
	MeetingState next(ExtractedEvent event) {
		String reported = statusOf(event);
		// A postponed meeting announced again with its new date is still the postponed
		// one; a cancelled one announced again is news.
		String status = (reported.equals(ANNOUNCED) && this.status.equals(POSTPONED)) ? POSTPONED : reported;
		return new MeetingState((event.place() != null) ? event.place() : this.place,
				(event.dateStart() != null) ? event.dateStart() : this.dateStart,
				(event.dateEnd() != null) ? event.dateEnd() : this.dateEnd, status);
	}

	/**
	 * What changed from {@code before} to this, e.g.
	 * {@code dateStart: 2022-01-09 -> 2022-01-12}.
	 */
	List<String> changesSince(MeetingState before) {
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(before.dateStart, this.dateStart)) {
			changes.add("dateStart: " + before.dateStart + " -> " + this.dateStart);
		}
		if (!Objects.equals(before.dateEnd, this.dateEnd)) {
			changes.add("dateEnd: " + before.dateEnd + " -> " + this.dateEnd);
		}
		if (!Objects.equals(placeKey(before.place), placeKey(this.place))) {
			changes.add("place: " + before.place + " -> " + this.place);
		}
		if (!before.status.equals(this.status)) {
			changes.add("status: " + before.status + " -> " + this.status);
		}
		return changes;
	}

	static String statusOf(ExtractedEvent event) {
		String text = event.evidence().sentence() + " " + ((event.summary() != null) ? event.summary() : "");
		if (CANCELLED_WORDS.matcher(text).find()) {
			return CANCELLED;
		}
		if (POSTPONED_WORDS.matcher(text).find()) {
			return POSTPONED;
		}
		return ANNOUNCED;
	}

	/** A place compared without spelling noise; {@code null} when unknown. */
	static String placeKey(String place) {
		String key = DedupeKeys.normalize(place);
		return key.isEmpty() ? null : key.toLowerCase(Locale.ROOT);
	}

}
