package org.kremlinwatch.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Patterns;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Named entities with their Russian and English surface forms, read from YAML
 * ({@code gazetteer.yml}).
 */
public final class Gazetteer {

	private final List<Known> entries;

	private Gazetteer(List<Known> entries) {
		this.entries = List.copyOf(entries);
	}

	/** Parses a gazetteer in the format of the shipped {@code gazetteer.yml}. */
	public static Gazetteer parse(byte[] yaml) {
		YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Document document = mapper.readValue(yaml, Document.class);
		List<Known> entries = new ArrayList<>();
		for (Definition definition : document.entities()) {
			if (definition.name() == null || definition.type() == null) {
				throw new IllegalArgumentException("every gazetteer entity needs a name and a type");
			}
			java.util.Map<Lang, Pattern> forms = new java.util.EnumMap<>(Lang.class);
			java.util.Map<Lang, List<String>> anchors = new java.util.EnumMap<>(Lang.class);
			java.util.Map<Lang, List<String>> needles = new java.util.EnumMap<>(Lang.class);
			put(forms, anchors, needles, Lang.ru, definition.ru());
			put(forms, anchors, needles, Lang.en, definition.en());
			entries.add(new Known(definition.name(), definition.type(), forms, anchors, needles));
		}
		return new Gazetteer(entries);
	}

	/** The entities in file order. */
	public List<Known> entries() {
		return this.entries;
	}

	private static void put(Map<Lang, Pattern> forms, Map<Lang, List<String>> anchors, Map<Lang, List<String>> needles,
			Lang lang, List<String> surface) {
		Pattern pattern = alternation(surface);
		if (pattern != null) {
			forms.put(lang, pattern);
			List<String> literal = Patterns.anchors(String.join("|", surface), 1);
			if (literal != null) {
				anchors.put(lang, literal);
			}
			List<String> inside = Patterns.needles(String.join("|", surface));
			if (inside != null) {
				needles.put(lang, inside);
			}
		}
	}

	private static Pattern alternation(List<String> forms) {
		if (forms == null || forms.isEmpty()) {
			return null;
		}
		// Longest first, so that "Vladimir Putin" wins over "Putin" at the same place.
		List<String> sorted = forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		return Patterns.names(String.join("|", sorted.stream().map((form) -> "(?:" + form + ")").toList()));
	}

	/**
	 * An entity of the gazetteer.
	 *
	 * @param name canonical English name
	 * @param type what it is
	 * @param forms its surface forms per language, absent for none
	 * @param anchors per language, literal starts one of which a text must contain to
	 * name it; absent when the forms have none
	 * @param needles per language, literals one of which a text must contain to name it
	 * (not necessarily at the start); absent when the forms have none
	 */
	public record Known(String name, EntityType type, Map<Lang, Pattern> forms, Map<Lang, List<String>> anchors,
			Map<Lang, List<String>> needles) {

	}

	record Document(List<Definition> entities) {

		Document {
			entities = (entities != null) ? entities : List.of();
		}

	}

	record Definition(String name, EntityType type, List<String> ru, List<String> en) {

	}

}
