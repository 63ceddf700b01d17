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
		for (Taxonomy.Topic topic : this.taxonomy.topics()) {
			List<Evidence> evidence = new ArrayList<>();
			for (Sentence sentence : sentences) {
				if (topic.matches(lang, sentence.text())) {
					evidence.add(new Evidence(sentence.text(), sentence.start(), sentence.end()));
				}
			}
			int weight = evidence.size() + ((title != null && topic.matches(lang, title)) ? 1 : 0);
			if (weight > 0) {
				matches.add(new TopicMatch(topic.id(), score(weight), evidence));
			}
		}
		return matches;
	}

	static double score(int weight) {
		return Math.round((1 - Math.pow(0.5, weight)) * 1000) / 1000.0;
	}

}
