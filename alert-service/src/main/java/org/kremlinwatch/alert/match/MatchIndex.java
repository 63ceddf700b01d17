package org.kremlinwatch.alert.match;

import java.util.Collection;
import java.util.List;

import org.kremlinwatch.events.v1.ReleaseTagged;

/**
 * Stored subscriptions that a release is matched against. Behind an interface because the
 * loop over all subscriptions is to give way to stored-query matching (Lucene Monitor)
 * without changing its callers.
 */
public interface MatchIndex {

	/** Replaces every stored subscription at once. */
	void replaceAll(Collection<SubscriptionFilter> filters);

	/** Every alert that {@code release} raises, in no particular order. */
	List<Match> match(ReleaseTagged release);

}
