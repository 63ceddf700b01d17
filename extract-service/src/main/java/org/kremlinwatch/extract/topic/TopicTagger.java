package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.List;

import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;
import org.kremlinwatch.extract.text.Sentence;

/**
 * Tags a release with the taxonomy's topics. The score saturates with the evidence: one
 * sentence gives 0.5, two 0.75, three 0.875; a title hit counts as one more sentence,
 * because a headline says what a release is about.
 */
public final class TopicTagger {

	private final Taxonomy taxonomy;

	public TopicTagger(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** The matching topics in taxonomy order, each with its evidence in text order. */
	public List<TopicMatch> tag(Lang lang, String title, List<Sentence> sentences) {
		List<TopicMatch> matches = new ArrayList<>();
		// Each sentence is analyzed once, and only when a term rule can match it.
		Stems[] stems = new Stems[sentences.size()];
		// The whole text lower-cased, from the sentences' own lower case: lower-casing it
		// again costs as much as all the needle checks it serves.
		StringBuilder all = new StringBuilder((title != null) ? title.toLowerCase(java.util.Locale.ROOT) : "");
		sentences.forEach((sentence) -> all.append('\n').append(sentence.lowerCase()));
		String lowerCase = all.toString();
		for (Taxonomy.Topic shipped : this.taxonomy.topics()) {
			Taxonomy.Topic topic = shipped.narrowedTo(lang, lowerCase);
			List<Evidence> evidence = new ArrayList<>();
			for (int i = 0; i < sentences.size(); i++) {
				Sentence sentence = sentences.get(i);
				if (stems[i] == null && topic.needsStems(lang, sentence.lowerCase())) {
					stems[i] = Stems.of(lang, sentence.text());
				}
				if (topic.matches(lang, sentence.text(), sentence.lowerCase(), stems[i])) {
					evidence.add(new Evidence(sentence.text(), sentence.start(), sentence.end()));
				}
			}
			boolean titled = title != null && topic.matches(lang, title);
			int weight = evidence.size() + (titled ? 1 : 0);
			if (!titled && !evidence.isEmpty() && topic.hasWeak(lang) && !anyStrong(topic, lang, evidence)) {
				// Passing mentions ("food and energy security", energy among the sectors
				// whose facilities were damaged) do not make it a subject of the release,
				// however many there are: a sentence on the topic itself must be among
				// them.
				weight = 0;
			}
			if (weight > 0) {
				matches.add(new TopicMatch(topic.id(), score(weight), evidence));
			}
		}
		return matches;
	}

	private static boolean anyStrong(Taxonomy.Topic topic, Lang lang, List<Evidence> evidence) {
		for (Evidence sentence : evidence) {
			if (topic.strong(lang, sentence.sentence())) {
				return true;
			}
		}
		return false;
	}

	static double score(int weight) {
		return Math.round((1 - Math.pow(0.5, weight)) * 1000) / 1000.0;
	}

}
