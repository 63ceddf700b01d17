package org.kremlinwatch.alert.match;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The benchmark's mix over real text: releases are the corpus's own English and Russian
 * releases (read in place from {@code text/en} and {@code text/ru}), their entities the
 * capitalized word pairs they name most ("Xi Jinping", "Владимир Путин"), topics and
 * events drawn as in {@link RandomCorpus}. Subscriptions have the realistic structure,
 * their query words drawn from the corpus's own vocabulary: specific ones in 2 to 1 % of
 * the releases of their language, common ones in 5 to 30 %.
 */
final class RealTextCorpus {

	private static final Pattern NAME = Pattern
		.compile("\\b(\\p{Lu}\\p{Ll}{2,})\\s+(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)\\b");

	private final Random random;

	private final List<ReleaseTagged> releases = new ArrayList<>();

	private final List<String> topics = new ArrayList<>();

	/**
	 * Entity names of all releases, once per release that names them (so by popularity).
	 */
	private final List<String> entityMentions = new ArrayList<>();

	private final List<String> entityNames;

	private final Map<Lang, List<String>> specific = new HashMap<>();

	private final Map<Lang, List<String>> common = new HashMap<>();

	RealTextCorpus(Path root, long seed) {
		this.random = new Random(seed);
		for (int i = 0; i < 60; i++) {
			this.topics.add("topic-" + i);
		}
		List<String[]> en = new ArrayList<>();
		for (Map<String, String> row : CorpusCsv
			.read(root.resolve("text/en/peiyizhuo_putin_press_releases_2021-10-24_2022-06-24.csv"))) {
			en.add(new String[] { row.get("headline"), row.get("summary") + "\n" + row.get("body") });
		}
		List<String[]> ru = new ArrayList<>();
		for (Map<String, String> row : CorpusCsv
			.read(root.resolve("text/ru/gabrielkmbo_kremlin_articles_ru_enhanced.csv"))) {
			StringBuilder text = new StringBuilder(row.get("summary"));
			for (int i = 1; i <= 10; i++) {
				text.append('\n').append(row.getOrDefault("article_full_text_" + i, ""));
			}
			ru.add(new String[] { row.get("title"), text.toString().strip() });
		}
		vocabulary(Lang.en, en);
		vocabulary(Lang.ru, ru);
		long id = 60_000;
		for (Lang lang : Lang.values()) {
			for (String[] release : (lang == Lang.en) ? en : ru) {
				this.releases.add(release(id++, lang, release[0], release[1]));
			}
		}
		this.entityNames = List.copyOf(new HashSet<>(this.entityMentions));
		Collections.shuffle(this.releases, this.random);
	}

	/** Up to {@code count} releases, both languages mixed. */
	List<ReleaseTagged> releases(int count) {
		return this.releases.subList(0, Math.min(count, this.releases.size()));
	}

	List<SubscriptionFilter> subscriptions(int count) {
		List<SubscriptionFilter> filters = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			filters.add(subscription());
		}
		return filters;
	}

	/** The mix of {@link RandomCorpus#realistic(long)}, over this corpus's words. */
	private SubscriptionFilter subscription() {
		return new SubscriptionMix(this.random, new SubscriptionMix.Sources() {

			@Override
			public Set<String> entities(boolean popular) {
				return some(popular ? RealTextCorpus.this.entityMentions : RealTextCorpus.this.entityNames, 3);
			}

			@Override
			public Set<String> topics(int most) {
				return some(RealTextCorpus.this.topics, most);
			}

			@Override
			public String specificQuery() {
				return query(pick(List.of(Lang.values())));
			}

			@Override
			public String commonQuery() {
				Lang words = pick(List.of(Lang.values()));
				return pick(RealTextCorpus.this.common.get(words)) + " " + pick(RealTextCorpus.this.common.get(words));
			}

		}, 0.06).next();
	}

	private String query(Lang lang) {
		List<String> words = this.specific.get(lang);
		String a = pick(words);
		String b = pick(words);
		return switch (this.random.nextInt(16)) {
			case 0 -> "\"" + pick(this.entityNames) + "\"";
			case 1 -> prefix(a, 2);
			case 2 -> "\"" + a + " " + b + "\"";
			case 3 -> a + " AND " + b;
			case 4 -> a + " OR " + b;
			case 5 -> "(" + a + " OR " + b + ") AND NOT " + pick(this.common.get(lang));
			case 6 -> a + "~1";
			case 7, 8, 9, 10 -> a;
			case 11, 12 -> prefix(a, 3);
			default -> a + " " + b + " " + pick(this.common.get(lang));
		};
	}

	private static String prefix(String word, int cut) {
		return (word.length() - cut >= 5) ? word.substring(0, word.length() - cut) + "*" : word;
	}

	private void vocabulary(Lang lang, List<String[]> texts) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (String[] text : texts) {
			for (String term : TextAnalysis.terms(text[0] + "\n" + text[1])) {
				if (term.length() >= 4 && term.chars().allMatch(Character::isLetter)) {
					documentFrequency.merge(term, 1, Integer::sum);
				}
			}
		}
		int n = texts.size();
		this.specific.put(lang,
				documentFrequency.entrySet()
					.stream()
					.filter((e) -> e.getValue() >= 2 && e.getValue() <= Math.max(2, n / 100))
					.map(Map.Entry::getKey)
					.sorted()
					.toList());
		this.common.put(lang,
				documentFrequency.entrySet()
					.stream()
					.filter((e) -> e.getValue() >= n / 20 && e.getValue() <= n * 3 / 10)
					.map(Map.Entry::getKey)
					.sorted()
					.toList());
	}

	private ReleaseTagged release(long kremlinId, Lang lang, String title, String text) {
		Map<String, Integer> names = new LinkedHashMap<>();
		Matcher matcher = NAME.matcher(title + "\n" + text);
		while (matcher.find()) {
			names.merge(matcher.group(1) + " " + matcher.group(2), 1, Integer::sum);
		}
		List<Entity> entities = names.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(6)
			.map((e) -> new Entity(EntityType.PERSON, e.getKey(), e.getValue()))
			.toList();
		entities.forEach((entity) -> this.entityMentions.add(entity.name()));
		List<TopicMatch> topics = some(this.topics, 3).stream()
			.map((id) -> new TopicMatch(id, 0.8, List.of()))
			.toList();
		List<ExtractedEvent> events = new ArrayList<>();
		int eventCount = this.random.nextInt(3);
		for (int i = 0; i < eventCount && !entities.isEmpty(); i++) {
			EventType type = pick(List.of(EventType.values()));
			EventStatus status = (type == EventType.MEETING) ? pick(List.of(EventStatus.values())) : null;
			LocalDate date = LocalDate.of(2022, 1, 1).plusDays(this.random.nextInt(60));
			events.add(new ExtractedEvent(type, status, date, date, pick(entities).name(), List.of(), null,
					type + " " + i, new Evidence(title, 0, title.length())));
		}
		return new ReleaseTagged(UUID.randomUUID(), Instant.now(), ReleaseIds.of(lang, kremlinId), kremlinId, lang,
				"http://kremlin.ru/events/president/news/" + kremlinId, title,
				OffsetDateTime.parse("2022-01-05T12:00:00+03:00"), 1, "bench", topics, entities, events, null, text);
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private <T> Set<T> some(List<T> values, int most) {
		int count = Math.min(values.size(), 1 + this.random.nextInt(most));
		Set<T> picked = new HashSet<>();
		while (picked.size() < count) {
			picked.add(pick(values));
		}
		return picked;
	}

}
