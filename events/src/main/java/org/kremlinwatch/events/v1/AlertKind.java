package org.kremlinwatch.events.v1;

/**
 * Whether an alert tells of something new or of a change to something already alerted.
 */
public enum AlertKind {

	/** First alert for this dedupe key and subscription. */
	NEW,
	/**
	 * A known event changed (date, place, postponed, cancelled) or its release was
	 * edited.
	 */
	UPDATED

}
