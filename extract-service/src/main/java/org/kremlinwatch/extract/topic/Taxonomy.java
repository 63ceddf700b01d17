package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Patterns;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The topics a release can be tagged with, read from YAML ({@code taxonomy.yml}) so that
 * users extend it without code.
 */
public final class Taxonomy {

	private final List<Topic> topics;

	private Taxonomy(List<Topic> topics) {
		this.topics = List.copyOf(topics);
	}

	/** Parses a taxonomy in the format of the shipped {@code taxonomy.yml}. */
	public static Taxonomy parse(byte[] yaml) {
		YAMLMapper mapper = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Document document = mapper.readValue(yaml, Document.class);
		List<Topic> topics = new ArrayList<>();
		for (TopicDefinition definition : document.topics()) {
			if (definition.id() == null || definition.id().isBlank()) {
				throw new IllegalArgumentException("every taxonomy topic needs an id");
			}
			topics.add(new Topic(definition.id(), compile(definition.patterns()), compile(definition.exclude())));
		}
		return new Taxonomy(topics);
	}

	/** The topics in file order. */
	public List<Topic> topics() {
		return this.topics;
	}

	private static Map<Lang, List<Rule>> compile(Map<Lang, List<String>> patterns) {
		if (patterns == null) {
			return Map.of();
		}
		Map<Lang, List<Rule>> rules = new java.util.EnumMap<>(Lang.class);
		patterns.forEach((lang, list) -> rules.put(lang, list.stream().map(Taxonomy::rule).toList()));
		return rules;
	}

	private static Rule rule(String text) {
		return new Rule(text, Arrays.stream(text.split("\\s*&&\\s*")).map(Patterns::words).toList());
	}

	/**
	 * A topic with its rules per language.
	 *
	 * @param id taxonomy id
	 * @param rules a sentence that satisfies one of them is evidence
	 * @param excludes a sentence that satisfies one of them is not
	 */
	public record Topic(String id, Map<Lang, List<Rule>> rules, Map<Lang, List<Rule>> excludes) {

		/**
		 * Whether {@code sentence} in language {@code lang} is evidence of this topic.
		 */
		public boolean matches(Lang lang, String sentence) {
			return anyMatches(this.rules.getOrDefault(lang, List.of()), sentence)
					&& !anyMatches(this.excludes.getOrDefault(lang, List.of()), sentence);
		}

		private static boolean anyMatches(List<Rule> rules, String sentence) {
			for (Rule rule : rules) {
				if (rule.matches(sentence)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * One line of the taxonomy: all its parts must occur in the sentence.
	 *
	 * @param source the line as written
	 * @param parts the compiled parts
	 */
	public record Rule(String source, List<Pattern> parts) {

		boolean matches(String sentence) {
			for (Pattern part : this.parts) {
				if (!part.matcher(sentence).find()) {
					return false;
				}
			}
			return true;
		}

	}

	record Document(List<TopicDefinition> topics) {

		Document {
			topics = (topics != null) ? topics : List.of();
		}

	}

	record TopicDefinition(String id, String description, Map<Lang, List<String>> patterns,
			Map<Lang, List<String>> exclude) {

	}

}
