package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.NeedleScan;
import org.kremlinwatch.extract.text.NeedleScan.Found;

/**
 * The taxonomy's rules of one language behind one needle scan per sentence. Each rule may
 * match a sentence only where its needles occur; asking {@code String.contains} for them,
 * rule by rule and topic by topic, cost more than the rules themselves, so the needles of
 * all rules are found in a single pass and each rule reads its own from that. A sentence
 * is decided exactly as {@link Taxonomy.Topic#matches} decides it.
 */
final class TopicIndex {

	private final NeedleScan scan;

	private final List<Indexed> topics;

	private TopicIndex(NeedleScan scan, List<Indexed> topics) {
		this.scan = scan;
		this.topics = topics;
	}

	static TopicIndex of(Taxonomy taxonomy, Lang lang) {
		Groups groups = new Groups();
		List<Indexed> topics = new ArrayList<>();
		for (Taxonomy.Topic topic : taxonomy.topics()) {
			topics.add(new Indexed(lang, topic, groups.rules(topic.rules(), lang), groups.rules(topic.weak(), lang),
					groups.rules(topic.excludes(), lang), groups.terms(topic.terms(), lang)));
		}
		// ё read as е: a Russian stem spells it so (TermRule), and a rule's literal with
		// ё still finds its word, the expression deciding.
		return new TopicIndex(new NeedleScan(groups.needles, 'ё', 'е'), List.copyOf(topics));
	}

	/** The topics in taxonomy order. */
	List<Indexed> topics() {
		return this.topics;
	}

	/** The needle groups that occur in a sentence, lower-cased. */
	Found scan(String lowerCaseSentence) {
		return this.scan.all(lowerCaseSentence);
	}

	/**
	 * The needle groups, each list of needles numbered once however many rules share it.
	 */
	private static final class Groups {

		private final List<List<String>> needles = new ArrayList<>();

		private final Map<List<String>, Integer> ids = new HashMap<>();

		private int id(List<String> group) {
			return this.ids.computeIfAbsent(group, (key) -> {
				this.needles.add(key);
				return this.needles.size() - 1;
			});
		}

		private GatedRule[] rules(Map<Lang, List<Taxonomy.Rule>> rules, Lang lang) {
			return rules.getOrDefault(lang, List.of())
				.stream()
				.map((rule) -> new GatedRule(rule, ids(rule.anchors())))
				.toArray(GatedRule[]::new);
		}

		private GatedTerm[] terms(Map<Lang, List<TermRule>> rules, Lang lang) {
			return rules.getOrDefault(lang, List.of())
				.stream()
				.map((rule) -> new GatedTerm(rule,
						rule.needles()
							.stream()
							.map((group) -> group.stream()
								.map((phrase) -> phrase.stream().mapToInt((needle) -> id(List.of(needle))).toArray())
								.toArray(int[][]::new))
							.toArray(int[][][]::new)))
				.toArray(GatedTerm[]::new);
		}

		private int[] ids(List<List<String>> groups) {
			return groups.stream().mapToInt(this::id).toArray();
		}

	}

	/** A taxonomy rule with the needle group of each of its parts. */
	private record GatedRule(Taxonomy.Rule rule, int[] groups) {

	}

	/**
	 * A term rule with, per word group, per alternative, the needle groups of its stems.
	 */
	private record GatedTerm(TermRule rule, int[][][] groups) {

		/** Whether in every word group all the stems of one alternative may occur. */
		boolean possible(Found found) {
			for (int[][] group : this.groups) {
				boolean any = false;
				for (int i = 0; i < group.length && !any; i++) {
					any = found.hasAll(group[i]);
				}
				if (!any) {
					return false;
				}
			}
			return true;
		}

	}

	/** One topic's rules of the index's language, gated by their needle groups. */
	static final class Indexed {

		private final Lang lang;

		private final Taxonomy.Topic topic;

		private final GatedRule[] rules;

		private final GatedRule[] weak;

		private final GatedRule[] excludes;

		private final GatedTerm[] terms;

		/**
		 * One needle group of each rule, and of each alternative of a term rule's first
		 * word group, or null when a rule has none: a sentence without any of them is no
		 * evidence, and most sentences are decided by that one test instead of a test of
		 * each rule.
		 */
		private final long[] gate;

		private Indexed(Lang lang, Taxonomy.Topic topic, GatedRule[] rules, GatedRule[] weak, GatedRule[] excludes,
				GatedTerm[] terms) {
			this.lang = lang;
			this.topic = topic;
			this.rules = rules;
			this.weak = weak;
			this.excludes = excludes;
			this.terms = terms;
			this.gate = gate(rules, weak, terms);
		}

		private static long[] gate(GatedRule[] rules, GatedRule[] weak, GatedTerm[] terms) {
			List<int[]> required = new ArrayList<>();
			Stream.concat(Arrays.stream(rules), Arrays.stream(weak)).forEach((rule) -> required.add(rule.groups()));
			for (GatedTerm term : terms) {
				// Every word group needs one of its alternatives: the first group's do.
				required.addAll((term.groups().length > 0) ? Arrays.asList(term.groups()[0]) : List.of(new int[0]));
			}
			int groups = required.stream().flatMapToInt(Arrays::stream).max().orElse(-1) + 1;
			long[] gate = new long[(groups + Long.SIZE - 1) / Long.SIZE];
			for (int[] all : required) {
				if (all.length == 0) {
					return null;
				}
				gate[all[0] >>> 6] |= 1L << all[0];
			}
			return gate;
		}

		Taxonomy.Topic topic() {
			return this.topic;
		}

		/** Whether the topic's rules can match a sentence with these needles. */
		boolean possible(Found found) {
			return this.gate == null || found.any(this.gate);
		}

		/** Whether a term rule can match a sentence with these needles. */
		boolean needsStems(Found found) {
			for (GatedTerm term : this.terms) {
				if (term.possible(found)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Whether {@code sentence}, also given lower-cased, whose needles are
		 * {@code found}, is evidence, with its stems when already analyzed ({@code null}
		 * to analyze it here if need be).
		 */
		boolean matches(String sentence, String lowerCaseSentence, Found found, Stems stems) {
			boolean hit = anyMatches(this.rules, sentence, lowerCaseSentence, found)
					|| anyMatches(this.weak, sentence, lowerCaseSentence, found);
			Stems analyzed = stems;
			for (int i = 0; !hit && i < this.terms.length; i++) {
				if (this.terms[i].possible(found)) {
					analyzed = (analyzed != null) ? analyzed : Stems.of(this.lang, sentence);
					hit = this.terms[i].rule().matches(analyzed);
				}
			}
			return hit && !anyMatches(this.excludes, sentence, lowerCaseSentence, found);
		}

		private static boolean anyMatches(GatedRule[] rules, String sentence, String lowerCaseSentence, Found found) {
			for (GatedRule rule : rules) {
				if (found.hasAll(rule.groups()) && rule.rule().matches(sentence, lowerCaseSentence)) {
					return true;
				}
			}
			return false;
		}

	}

}
