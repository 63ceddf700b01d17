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
			entries.add(new Known(definition.name(), definition.type(),
					Map.of(Lang.ru, alternation(definition.ru()), Lang.en, alternation(definition.en()))));
		}
		return new Gazetteer(entries);
	}

	/** The entities in file order. */
	public List<Known> entries() {
		return this.entries;
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
	 * @param forms its surface forms per language, {@code null} for none
	 */
	public record Known(String name, EntityType type, Map<Lang, Pattern> forms) {

	}

	record Document(List<Definition> entities) {

		Document {
			entities = (entities != null) ? entities : List.of();
		}

	}

	record Definition(String name, EntityType type, List<String> ru, List<String> en) {

	}

}
