package org.kremlinwatch.alert.match;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.ReleaseIds;
import org.kremlinwatch.events.v1.ReleaseTagged;
import org.kremlinwatch.events.v1.TopicMatch;

/**
 * Random but reproducible subscriptions and releases over a small shared vocabulary, so
 * that filters and queries often hit: for comparing the indexes and for the benchmark.
 */
final class RandomCorpus {

	private static final String LATIN_CONSONANTS = "bcdfgklmnprstvz";

	private static final String LATIN_VOWELS = "aeiou";

	private static final String CYRILLIC_CONSONANTS = "бвгдзклмнпрстфх";

	private static final String CYRILLIC_VOWELS = "аеиоуыяё";

	private final Random random;

	private final double topicShare;

	private final double commonWordShare;

	private final boolean realistic;

	private double broadShare = 0.06;

	private final List<String> topics = new ArrayList<>();

	private final List<String> entities = new ArrayList<>();

	private final List<String> latin;

	private final List<String> cyrillic;

	/**
	 * A corpus of about the Kremlin's shape: 60 topics, 400 entities and 4,000 words per
	 * language, words drawn with a long tail so that a few are common and most rare.
	 */
	RandomCorpus(long seed) {
		this(seed, 0.3, 0.2);
	}

	/**
	 * @param topicShare share of subscriptions that filter by topic; topics are coarse,
	 * so these match far more releases than entities or words do
	 * @param commonWordShare share of query words taken from the common end of the
	 * vocabulary; the others are as likely rare as common
	 */
	RandomCorpus(long seed, double topicShare, double commonWordShare) {
		this(seed, topicShare, commonWordShare, false);
	}

	private RandomCorpus(long seed, double topicShare, double commonWordShare, boolean realistic) {
		this.random = new Random(seed);
		this.topicShare = topicShare;
		this.commonWordShare = commonWordShare;
		this.realistic = realistic;
		for (int i = 0; i < 60; i++) {
			this.topics.add("topic-" + i);
		}
		for (int i = 0; i < (realistic ? 2_000 : 400); i++) {
			this.entities.add(capitalize(word(LATIN_CONSONANTS, LATIN_VOWELS)) + " "
					+ capitalize(word(LATIN_CONSONANTS, LATIN_VOWELS)));
		}
		this.latin = vocabulary(LATIN_CONSONANTS, LATIN_VOWELS);
		this.cyrillic = vocabulary(CYRILLIC_CONSONANTS, CYRILLIC_VOWELS);
	}

	/**
	 * Subscriptions as a service with many subscribers would have them: most watch a few
	 * entities, a topic together with event kinds, or a query of specific words; a few
	 * are broad. 2,000 entities, releases naming popular ones far more often than others.
	 * <ul>
	 * <li>40 %: 1-3 entities, popular ones for a tenth of them (30 % also 1-2 event
	 * kinds, 20 % a language)</li>
	 * <li>20 %: one topic and 1-2 event kinds</li>
	 * <li>34 %: a query over specific words (drawn uniformly from the vocabulary, so
	 * mostly rare ones; prefixes of five letters or more), 30 % of them with a
	 * language</li>
	 * <li>4 %: 1-2 topics alone; 1 %: a query of common words; 1 %: only event kinds
	 * and/or a language (the broadest)</li>
	 * </ul>
	 */
	static RandomCorpus realistic(long seed) {
		return new RandomCorpus(seed, 0.0, 0.0, true);
	}

	/** As {@link #realistic(long)} without the 6 % of broad subscriptions. */
	static RandomCorpus realisticWithoutBroad(long seed) {
		RandomCorpus corpus = realistic(seed);
		corpus.broadShare = 0.0;
		return corpus;
	}

	List<SubscriptionFilter> subscriptions(int count) {
		List<SubscriptionFilter> filters = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			filters.add(subscription());
		}
		return filters;
	}

	/**
	 * A subscription with at least a topic, an entity or a query: nobody wants every
	 * release, and the few who do cost both indexes the same.
	 */
	SubscriptionFilter subscription() {
		if (this.realistic) {
			return realisticSubscription();
		}
		Lang lang = chance(0.3) ? pick(List.of(Lang.values())) : null;
		Set<EventKind> kinds = chance(0.3) ? some(List.of(EventKind.values()), 2) : Set.of();
		Set<String> topics;
		Set<String> entities;
		TextQuery query;
		do {
			topics = chance(this.topicShare) ? some(this.topics, 3) : Set.of();
			entities = chance(0.3) ? some(this.entities, 2) : Set.of();
			query = chance(0.6) ? TextQuery.parse(query()) : null;
		}
		while (topics.isEmpty() && entities.isEmpty() && query == null);
		return new SubscriptionFilter(UUID.randomUUID(), lang, kinds, topics, entities, query);
	}

	private SubscriptionFilter realisticSubscription() {
		return new SubscriptionMix(this.random, new SubscriptionMix.Sources() {

			@Override
			public Set<String> entities(boolean popular) {
				// Some watch the entities in the news every day, most ones of their own
				// field.
				return popular ? someCommon(RandomCorpus.this.entities, 3) : some(RandomCorpus.this.entities, 3);
			}

			@Override
			public Set<String> topics(int most) {
				return some(RandomCorpus.this.topics, most);
			}

			@Override
			public String specificQuery() {
				return query();
			}

			@Override
			public String commonQuery() {
				List<String> words = chance(0.5) ? RandomCorpus.this.latin : RandomCorpus.this.cyrillic;
				return common(words) + " " + common(words);
			}

		}, this.broadShare).next();
	}

	List<ReleaseTagged> releases(int count) {
		List<ReleaseTagged> releases = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			releases.add(release(60_000 + i));
		}
		return releases;
	}

	ReleaseTagged release(long kremlinId) {
		Lang lang = pick(List.of(Lang.values()));
		List<String> words = (lang == Lang.en) ? this.latin : this.cyrillic;
		String title = sentence(words, 8);
		String text = sentence(words, 150) + ". " + sentence(words, 150) + ".";
		List<TopicMatch> topics = some(this.topics, 3).stream()
			.map((id) -> new TopicMatch(id, 0.8, List.of()))
			.toList();
		List<Entity> entities = (this.realistic ? someCommon(this.entities, 6) : some(this.entities, 6)).stream()
			.map((name) -> new Entity(EntityType.ORG, name, 1))
			.toList();
		List<ExtractedEvent> events = new ArrayList<>();
		int eventCount = this.random.nextInt(3);
		for (int i = 0; i < eventCount; i++) {
			EventType type = pick(List.of(EventType.values()));
			EventStatus status = (type == EventType.MEETING) ? pick(List.of(EventStatus.values())) : null;
			LocalDate date = LocalDate.of(2022, 1, 1).plusDays(this.random.nextInt(60));
			events.add(new ExtractedEvent(type, status, date, date, pick(this.entities),
					List.copyOf(some(this.entities, 2)), null, type + " " + i, new Evidence(title, 0, title.length())));
		}
		return new ReleaseTagged(UUID.randomUUID(), Instant.now(), ReleaseIds.of(lang, kremlinId), kremlinId, lang,
				"http://kremlin.ru/events/president/news/" + kremlinId, title,
				OffsetDateTime.parse("2022-01-05T12:00:00+03:00"), 1, "bench", topics, entities, events, null, text);
	}

	private String query() {
		List<String> words = chance(0.5) ? this.latin : this.cyrillic;
		String a = chance(this.commonWordShare) ? common(words) : pick(words);
		String b = chance(this.commonWordShare) ? common(words) : pick(words);
		return switch (this.random.nextInt(16)) {
			case 0 -> a;
			case 1 -> prefix(a, 2);
			case 2 -> "\"" + a + " " + b + "\"";
			case 3 -> a + " AND " + b;
			case 4 -> a + " OR " + b;
			case 5 -> "(" + a + " OR " + b + ") AND NOT " + common(words);
			case 6 -> a + "~1";
			case 7, 8, 9, 10 -> a;
			case 11, 12 -> prefix(a, 3);
			default -> capitalize(a) + " " + b + " " + common(words);
		};
	}

	/**
	 * {@code word} less its last {@code cut} letters, as a prefix query: at least three
	 * letters in the dense corpus (so, broad); in the realistic one at least five, as a
	 * stem like {@code Женев*} would be, or the whole word.
	 */
	private String prefix(String word, int cut) {
		if (!this.realistic) {
			return word.substring(0, Math.max(3, word.length() - cut)) + "*";
		}
		return (word.length() - cut >= 5) ? word.substring(0, word.length() - cut) + "*" : word;
	}

	private String sentence(List<String> words, int length) {
		StringBuilder sentence = new StringBuilder();
		for (int i = 0; i < length; i++) {
			String word = common(words);
			sentence.append((i == 0) ? capitalize(word) : " " + word);
		}
		return sentence.toString();
	}

	/** A word of the vocabulary, the first ones far more often than the last. */
	private String common(List<String> words) {
		double u = this.random.nextDouble();
		return words.get((int) (words.size() * u * u * u));
	}

	private List<String> vocabulary(String consonants, String vowels) {
		Set<String> words = new java.util.LinkedHashSet<>();
		while (words.size() < 4_000) {
			words.add(word(consonants, vowels));
		}
		return List.copyOf(words);
	}

	private String word(String consonants, String vowels) {
		StringBuilder word = new StringBuilder();
		int syllables = 2 + this.random.nextInt(3);
		for (int i = 0; i < syllables; i++) {
			word.append(consonants.charAt(this.random.nextInt(consonants.length())))
				.append(vowels.charAt(this.random.nextInt(vowels.length())));
		}
		return word.toString();
	}

	private static String capitalize(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** Up to {@code most} values, the first ones of the list far more often. */
	private Set<String> someCommon(List<String> values, int most) {
		int count = 1 + this.random.nextInt(most);
		Set<String> picked = new HashSet<>();
		while (picked.size() < count) {
			picked.add(common(values));
		}
		return picked;
	}

	private <T> Set<T> some(List<T> values, int most) {
		int count = 1 + this.random.nextInt(most);
		Set<T> picked = new HashSet<>();
		while (picked.size() < count) {
			picked.add(pick(values));
		}
		return picked;
	}

}
