package org.kremlinwatch.alert.match;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored subscriptions that a release is matched against. Behind an interface because the
 * loop over all subscriptions is to give way to stored-query matching
 * ({@link MonitorMatchIndex}) without changing its callers.
 */
public interface MatchIndex {

	/** Replaces every stored subscription at once. */
	void replaceAll(Collection<SubscriptionFilter> filters);

	/** Adds one subscription, or replaces the one with the same id. */
	void put(SubscriptionFilter filter);

	/** Removes one subscription; nothing happens when it is not there. */
	void remove(UUID subscriptionId);

	/** Every alert that {@code release} raises, in no particular order. */
	List<Match> match(ReleaseTagged release);

}
