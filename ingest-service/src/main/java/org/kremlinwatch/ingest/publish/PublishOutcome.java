package org.kremlinwatch.ingest.publish;

/** What publishing a parsed page came to. */
public enum PublishOutcome {

	/** First sighting: revision 1 was published. */
	NEW,

	/** The text changed since the last revision: the next revision was published. */
	REVISION,

	/** Same text as the last published revision: nothing was written to Kafka. */
	UNCHANGED

}
