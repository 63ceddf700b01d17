package org.kremlinwatch.alert.match;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.kremlinwatch.events.v1.Lang;

/**
 * The realistic structure of subscriptions that the benchmark's corpora share, so that
 * "the same mix" over synthetic and over real text is one definition: 40 % watch 1-3
 * entities (a tenth of them popular ones; 30 % also 1-2 event kinds, 20 % a language), 20
 * % one topic and 1-2 event kinds, 34 % a query of specific words (30 % with a language);
 * broad ones: 4 % 1-2 topics alone, 1 % a query of common words, 1 % only event kinds
 * and/or a language. Each corpus says where entities, topics and query words come from.
 */
final class SubscriptionMix {

	/** Where a corpus's subscriptions take their entities, topics and query words. */
	interface Sources {

		/**
		 * 1 to 3 entities.
		 * @param popular the ones in the news every day rather than a field's own
		 * @return the entities
		 */
		Set<String> entities(boolean popular);

		/**
		 * 1 to {@code most} topics.
		 * @param most at most this many
		 * @return the topics
		 */
		Set<String> topics(int most);

		/** A query of specific words, in a language drawn by the corpus. */
		String specificQuery();

		/** A broad query: two common words of one language. */
		String commonQuery();

	}

	private static final List<EventKind> KINDS = List.of(EventKind.values());

	private static final List<Lang> LANGS = List.of(Lang.values());

	private final Random random;

	private final Sources sources;

	private final double broadShare;

	/**
	 * @param random the corpus's own generator, so that its draws stay reproducible
	 * @param sources where the values come from
	 * @param broadShare 0.06 for the full mix, 0 for one without broad subscriptions
	 */
	SubscriptionMix(Random random, Sources sources, double broadShare) {
		this.random = random;
		this.sources = sources;
		this.broadShare = broadShare;
	}

	SubscriptionFilter next() {
		double kind = this.random.nextDouble() * (0.94 + this.broadShare);
		Lang lang = null;
		Set<EventKind> eventKinds = Set.of();
		Set<String> topics = Set.of();
		Set<String> entities = Set.of();
		TextQuery query = null;
		if (kind < 0.40) {
			entities = this.sources.entities(chance(0.1));
			eventKinds = chance(0.3) ? someKinds() : Set.of();
			lang = chance(0.2) ? pick(LANGS) : null;
		}
		else if (kind < 0.60) {
			topics = this.sources.topics(1);
			eventKinds = someKinds();
		}
		else if (kind < 0.94) {
			query = TextQuery.parse(this.sources.specificQuery());
			lang = chance(0.3) ? pick(LANGS) : null;
		}
		else if (kind < 0.98) {
			topics = this.sources.topics(2);
		}
		else if (kind < 0.99) {
			query = TextQuery.parse(this.sources.commonQuery());
		}
		else {
			eventKinds = chance(0.7) ? someKinds() : Set.of();
			lang = (eventKinds.isEmpty() || chance(0.5)) ? pick(LANGS) : null;
		}
		return new SubscriptionFilter(UUID.randomUUID(), lang, eventKinds, topics, entities, query);
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** One or two event kinds. */
	private Set<EventKind> someKinds() {
		int count = 1 + this.random.nextInt(2);
		Set<EventKind> picked = new HashSet<>();
		while (picked.size() < count) {
			picked.add(pick(KINDS));
		}
		return picked;
	}

}
