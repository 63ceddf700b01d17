package org.kremlinwatch.alert.match;

import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;

/**
 * The event kinds a subscription can ask for: a meeting splits by status, because "talks
 * will be held" and "talks were held" are different news.
 */
public enum EventKind {

	MEETING_ANNOUNCED, MEETING_HELD, WARNING, CALL;

	private final String reason = "event:" + name();

	/** {@code event:<kind>}, the reason an alert about such an event gives. */
	String reason() {
		return this.reason;
	}

	/** Whether {@code event} is of this kind. */
	public boolean matches(ExtractedEvent event) {
		return switch (this) {
			case MEETING_ANNOUNCED -> event.type() == EventType.MEETING && event.status() == EventStatus.ANNOUNCED;
			case MEETING_HELD -> event.type() == EventType.MEETING && event.status() == EventStatus.HELD;
			case WARNING -> event.type() == EventType.WARNING;
			case CALL -> event.type() == EventType.CALL;
		};
	}

}
