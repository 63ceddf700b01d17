package org.kremlinwatch.events.v1;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event that a release reports or announces.
 *
 * @param type meeting, warning or call
 * @param status for meetings, announced or held; {@code null} where it does not apply
 * @param dateStart first day, resolved to a calendar date against the publication date;
 * {@code null} when the release does not say (never a guess)
 * @param dateEnd last day, equal to {@code dateStart} for a one-day event; {@code null}
 * when unknown
 * @param place city or venue, {@code null} when not stated
 * @param participants people, states or formats taking part (e.g. "Russia–NATO Council")
 * @param speaker for warnings, who warns; {@code null} otherwise
 * @param summary one line that says what the event is
 * @param evidence the sentence that proves it
 */
public record ExtractedEvent(EventType type, EventStatus status, LocalDate dateStart, LocalDate dateEnd, String place,
		List<String> participants, String speaker, String summary, Evidence evidence) {

	public ExtractedEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(evidence, "evidence");
		participants = (participants != null) ? List.copyOf(participants) : List.of();
		if (dateStart != null && dateEnd != null && dateEnd.isBefore(dateStart)) {
			throw new IllegalArgumentException("dateEnd " + dateEnd + " lies before dateStart " + dateStart);
		}
	}

}
