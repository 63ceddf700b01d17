package org.kremlinwatch.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.Lang;

/** Finds the gazetteer's entities in a text. */
public final class EntityFinder {

	private final Map<Lang, NameIndex> indexes = new EnumMap<>(Lang.class);

	public EntityFinder(Gazetteer gazetteer) {
		for (Lang lang : Lang.values()) {
			this.indexes.put(lang, new NameIndex(lang, gazetteer.entries()));
		}
	}

	/**
	 * The mentions in {@code text} in text order; a mention inside a longer one of
	 * another entity is dropped.
	 */
	public List<Mention> find(Lang lang, String text) {
		List<Mention> all = new ArrayList<>();
		NameIndex index = this.indexes.get(lang);
		if (index != null) {
			index.find(text, all);
		}
		all.sort(Comparator.comparingInt(Mention::start)
			.thenComparing(Comparator.comparingInt(Mention::length).reversed()));
		// Sorted by start, longest first: a mention inside a longer one ends no later
		// than the furthest end seen so far.
		List<Mention> kept = new ArrayList<>();
		Mention widest = null;
		for (Mention mention : all) {
			if (widest != null && widest.contains(mention)) {
				continue;
			}
			kept.add(mention);
			if (widest == null || mention.end() > widest.end()) {
				widest = mention;
			}
		}
		return kept;
	}

	/** The entities of {@code mentions} with their counts, in order of first mention. */
	public static List<Entity> count(List<Mention> mentions) {
		Map<String, Entity> counts = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			counts.merge(mention.name(), new Entity(mention.type(), mention.name(), 1),
					(a, b) -> new Entity(a.type(), a.name(), a.mentions() + 1));
		}
		return List.copyOf(counts.values());
	}

}
