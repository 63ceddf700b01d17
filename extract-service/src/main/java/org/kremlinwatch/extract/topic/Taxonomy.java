package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;
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
			topics.add(new Topic(definition.id(), compile(definition.patterns()), terms(definition.terms()),
					compile(definition.exclude()), compile(definition.weak()), compile(definition.passing())));
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
		Map<Lang, List<Rule>> rules = new EnumMap<>(Lang.class);
		patterns.forEach((lang, list) -> rules.put(lang, list.stream().map(Taxonomy::rule).toList()));
		return rules;
	}

	private static Map<Lang, List<TermRule>> terms(Map<Lang, List<String>> lines) {
		if (lines == null) {
			return Map.of();
		}
		Map<Lang, List<TermRule>> rules = new EnumMap<>(Lang.class);
		lines
			.forEach((lang, list) -> rules.put(lang, list.stream().map((line) -> TermRule.parse(lang, line)).toList()));
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
	 * @param terms rules over stemmed words: a sentence that satisfies one is evidence
	 * too
	 * @param excludes a sentence that satisfies one of them is not
	 * @param weak passing mentions ("food and energy security"): a sentence that
	 * satisfies only these is evidence, but such sentences alone do not tag a release
	 * @param passing forms in which the topic's word is named in passing (energy as one
	 * sector among the objects something is done to): a sentence whose match lies only
	 * inside them is evidence, but weak
	 */
	public record Topic(String id, Map<Lang, List<Rule>> rules, Map<Lang, List<TermRule>> terms,
			Map<Lang, List<Rule>> excludes, Map<Lang, List<Rule>> weak, Map<Lang, List<Rule>> passing) {

		public Topic(String id, Map<Lang, List<Rule>> rules, Map<Lang, List<TermRule>> terms,
				Map<Lang, List<Rule>> excludes) {
			this(id, rules, terms, excludes, Map.of(), Map.of());
		}

		/** Whether this topic has passing-mention rules in {@code lang}. */
		boolean hasWeak(Lang lang) {
			return !this.weak.getOrDefault(lang, List.of()).isEmpty()
					|| !this.passing.getOrDefault(lang, List.of()).isEmpty();
		}

		/**
		 * Whether a passing-mention rule of {@code lang} has its needles in a text,
		 * lower-cased: when none has, no evidence in it is a passing mention.
		 */
		boolean weakPossibleIn(Lang lang, String lowerCaseText) {
			return this.weak.getOrDefault(lang, List.of()).stream().anyMatch((rule) -> rule.possibleIn(lowerCaseText))
					|| this.passing.getOrDefault(lang, List.of())
						.stream()
						.anyMatch((rule) -> rule.possibleIn(lowerCaseText));
		}

		/**
		 * Whether {@code sentence} satisfies a rule other than a passing mention, with
		 * the passing forms in it blanked out first.
		 */
		boolean strong(Lang lang, String sentence) {
			Topic strong = new Topic(this.id, this.rules, this.terms, this.excludes, Map.of(), Map.of());
			return strong.matches(lang, blankPassing(lang, sentence), null);
		}

		private String blankPassing(Lang lang, String sentence) {
			List<Rule> passing = this.passing.getOrDefault(lang, List.of());
			if (passing.isEmpty()) {
				return sentence;
			}
			String lowerCase = sentence.toLowerCase(Locale.ROOT);
			char[] blanked = null;
			for (Rule rule : passing) {
				if (rule.possibleIn(lowerCase) && rule.matches(sentence)) {
					blanked = (blanked != null) ? blanked : sentence.toCharArray();
					for (Pattern part : rule.parts()) {
						Matcher matcher = part.matcher(sentence);
						while (matcher.find()) {
							Arrays.fill(blanked, matcher.start(), matcher.end(), ' ');
						}
					}
				}
			}
			return (blanked != null) ? new String(blanked) : sentence;
		}

		/**
		 * Whether {@code sentence} in language {@code lang} is evidence of this topic.
		 */
		public boolean matches(Lang lang, String sentence) {
			return matches(lang, sentence, null);
		}

		/**
		 * Whether {@code sentence} is evidence, with its stems when already analyzed
		 * ({@code null} to analyze it here if need be).
		 */
		boolean matches(Lang lang, String sentence, Stems stems) {
			return matches(lang, sentence, sentence.toLowerCase(Locale.ROOT), stems);
		}

		/**
		 * Whether {@code sentence}, also given lower-cased, is evidence; a rule whose
		 * literal start does not occur in it is not tried.
		 */
		boolean matches(Lang lang, String sentence, String lowerCaseSentence, Stems stems) {
			boolean found = anyMatches(this.rules.getOrDefault(lang, List.of()), sentence, lowerCaseSentence)
					|| anyMatches(this.weak.getOrDefault(lang, List.of()), sentence, lowerCaseSentence);
			List<TermRule> termRules = this.terms.getOrDefault(lang, List.of());
			Stems analyzed = stems;
			for (int i = 0; !found && i < termRules.size(); i++) {
				TermRule rule = termRules.get(i);
				if (rule.possibleIn(lowerCaseSentence)) {
					// Analyzed only when some term rule can match it.
					analyzed = (analyzed != null) ? analyzed : Stems.of(lang, sentence);
					found = rule.matches(analyzed);
				}
			}
			return found && !anyMatches(this.excludes.getOrDefault(lang, List.of()), sentence, lowerCaseSentence);
		}

		private static boolean anyMatches(List<Rule> rules, String sentence, String lowerCaseSentence) {
			for (Rule rule : rules) {
				if (rule.possibleIn(lowerCaseSentence) && rule.matches(sentence, lowerCaseSentence)) {
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
	 * @param anchors groups of lower-case needles a matching sentence holds one of each
	 * of, for all parts together
	 * @param lowerCaseParts the parts to try on the lower-cased sentence, or null
	 */
	public record Rule(String source, List<Pattern> parts, List<List<String>> anchors, List<Finder> lowerCaseParts) {

		Rule(String source, List<Pattern> parts) {
			this(source, parts,
					Arrays.stream(source.split("\\s*&&\\s*"))
						.flatMap((part) -> Patterns.requiredNeedles(part).stream())
						.map((group) -> group.stream().map((x) -> x.toLowerCase(Locale.ROOT)).toList())
						.toList(),
					lowerCase(source));
		}

		/**
		 * The parts to try on the sentence lower-cased, which spares folding the case of
		 * every character; null when a part cannot be lower-cased safely.
		 */
		private static List<Finder> lowerCase(String source) {
			List<Finder> parts = new ArrayList<>();
			for (String part : source.split("\\s*&&\\s*")) {
				Pattern lower = Patterns.lowerCaseWordsOf(part);
				if (lower == null) {
					return null;
				}
				parts.add(Finder.of(lower));
			}
			return List.copyOf(parts);
		}

		/**
		 * Whether a text, lower-cased, can hold a sentence that satisfies this rule: it
		 * has a needle of every group of {@code anchors} in it.
		 */
		boolean possibleIn(String lowerCaseText) {
			for (List<String> group : this.anchors) {
				if (!Scans.containsAny(lowerCaseText, group)) {
					return false;
				}
			}
			return true;
		}

		/** Whether the sentence, given also lower-cased, satisfies this rule. */
		boolean matches(String sentence, String lowerCaseSentence) {
			if (this.lowerCaseParts == null) {
				return matches(sentence);
			}
			for (Finder part : this.lowerCaseParts) {
				if (!part.find(lowerCaseSentence)) {
					return false;
				}
			}
			return true;
		}

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
			Map<Lang, List<String>> terms, Map<Lang, List<String>> exclude, Map<Lang, List<String>> weak,
			Map<Lang, List<String>> passing) {

	}

}
