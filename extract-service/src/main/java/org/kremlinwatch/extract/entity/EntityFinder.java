package org.kremlinwatch.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.Lang;

/** Finds the gazetteer's entities in a text. */
public final class EntityFinder {

	private final Gazetteer gazetteer;

	public EntityFinder(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	/**
	 * The mentions in {@code text} in text order; a mention inside a longer one of
	 * another entity is dropped.
	 */
	public List<Mention> find(Lang lang, String text) {
		List<Mention> all = new ArrayList<>();
		for (Gazetteer.Known known : this.gazetteer.entries()) {
			Pattern pattern = known.forms().get(lang);
			if (pattern == null) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				all.add(new Mention(known.name(), known.type(), matcher.start(), matcher.end()));
			}
		}
		all.sort(Comparator.comparingInt(Mention::start)
			.thenComparing(Comparator.comparingInt(Mention::length).reversed()));
		List<Mention> kept = new ArrayList<>();
		for (Mention mention : all) {
			boolean nested = false;
			for (Mention other : all) {
				if (other != mention && other.contains(mention)) {
					nested = true;
					break;
				}
			}
			if (!nested) {
				kept.add(mention);
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
