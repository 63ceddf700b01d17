package org.kremlinwatch.alert.match;

import java.util.List;
import java.util.UUID;

import org.kremlinwatch.events.v1.ExtractedEvent;

/**
 * One thing to alert one subscription about.
 *
 * @param subscriptionId the subscription that matched
 * @param event the event that matched, {@code null} when the release matched as a whole
 * @param reasons why, e.g. {@code event:MEETING_ANNOUNCED}, {@code topic:sanctions}
 * @param dedupeKey what the alert is about, see {@link DedupeKeys}
 */
public record Match(UUID subscriptionId, ExtractedEvent event, List<String> reasons, String dedupeKey) {

	public Match {
		reasons = List.copyOf(reasons);
	}

}
