package org.kremlinwatch.events;

import java.util.List;

/**
 * Every Kafka topic of kremlinwatch, in one place. Topic names are part of the public
 * contract: downstream tools subscribe to them by name, so a name never changes within a
 * version; a breaking change gets a new {@code .v2} topic.
 */
public final class Topics {

	/**
	 * {@link org.kremlinwatch.events.v1.ReleaseFetched}, keyed by release id, produced by
	 * ingest-service.
	 */
	public static final String RELEASES_FETCHED_V1 = "kremlin.releases.fetched.v1";

	/**
	 * {@link org.kremlinwatch.events.v1.ReleaseTagged}, keyed by release id, produced by
	 * extract-service.
	 */
	public static final String RELEASES_TAGGED_V1 = "kremlin.releases.tagged.v1";

	/**
	 * {@link org.kremlinwatch.events.v1.AlertRaised}, keyed by subscription id, produced
	 * by alert-service.
	 */
	public static final String ALERTS_V1 = "kremlin.alerts.v1";

	/**
	 * Suffix of a dead-letter topic: records that a consumer could not process land there
	 * unchanged.
	 */
	public static final String DEAD_LETTER_SUFFIX = "-dlt";

	public static final String RELEASES_FETCHED_V1_DLT = RELEASES_FETCHED_V1 + DEAD_LETTER_SUFFIX;

	public static final String RELEASES_TAGGED_V1_DLT = RELEASES_TAGGED_V1 + DEAD_LETTER_SUFFIX;

	public static final String ALERTS_V1_DLT = ALERTS_V1 + DEAD_LETTER_SUFFIX;

	/** The topics that carry events, in pipeline order. */
	public static final List<String> EVENT_TOPICS = List.of(RELEASES_FETCHED_V1, RELEASES_TAGGED_V1, ALERTS_V1);

	private Topics() {
	}

	/** The dead-letter topic of {@code topic}. */
	public static String deadLetterOf(String topic) {
		return topic + DEAD_LETTER_SUFFIX;
	}

}
