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
		org.kremlinwatch.extract.text.Bigrams pairs = org.kremlinwatch.extract.text.Bigrams.of(text);
		for (Gazetteer.Known known : this.gazetteer.entries()) {
			Pattern pattern = known.forms().get(lang);
			if (pattern == null || !known.possibleIn(lang, text, pairs)) {
				continue;
			}
			Matcher matcher = pattern.matcher(text);
			List<String> anchors = known.anchors().get(lang);
			if (anchors == null) {
				while (matcher.find()) {
					all.add(new Mention(known.name(), known.type(), matcher.start(), matcher.end()));
				}
				continue;
			}
			// Try the pattern only where one of its literal starts occurs: far cheaper
			// than a scan of every position of a long transcript.
			matcher.useTransparentBounds(true).useAnchoringBounds(false);
			java.util.Set<Integer> tried = new java.util.HashSet<>();
			for (String anchor : anchors) {
				if (!pairs.mayContain(anchor)) {
					continue;
				}
				for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + 1)) {
					if (tried.add(at) && matcher.region(at, text.length()).lookingAt()) {
						all.add(new Mention(known.name(), known.type(), matcher.start(), matcher.end()));
					}
				}
			}
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
