package org.kremlinwatch.events.v1;

/** The kinds of events extracted from releases. */
public enum EventType {

	/** A specific meeting, talks, negotiation round, summit, visit or session. */
	MEETING,
	/** An official warns of consequences, threatens a response, or names a red line. */
	WARNING,
	/** A reported telephone conversation. */
	CALL

}
