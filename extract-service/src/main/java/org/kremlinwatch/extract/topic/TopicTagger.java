package org.kremlinwatch.extract.topic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;
import org.kremlinwatch.extract.text.NeedleScan.Found;
import org.kremlinwatch.extract.text.Sentence;

/**
 * Tags a release with the taxonomy's topics. The score saturates with the evidence: one
 * sentence gives 0.5, two 0.75, three 0.875; a title hit counts as one more sentence,
 * because a headline says what a release is about.
 */
public final class TopicTagger {

	private final Map<Lang, TopicIndex> indexes = new EnumMap<>(Lang.class);

	public TopicTagger(Taxonomy taxonomy) {
		for (Lang lang : Lang.values()) {
			this.indexes.put(lang, TopicIndex.of(taxonomy, lang));
		}
	}

	/** The matching topics in taxonomy order, each with its evidence in text order. */
	public List<TopicMatch> tag(Lang lang, String title, List<Sentence> sentences) {
		TopicIndex index = this.indexes.get(lang);
		List<TopicMatch> matches = new ArrayList<>();
		// Each sentence is scanned for the rules' needles once, and analyzed once and
		// only when a term rule can match it.
		Found[] found = new Found[sentences.size()];
		Stems[] stems = new Stems[sentences.size()];
		for (int i = 0; i < sentences.size(); i++) {
			found[i] = index.scan(sentences.get(i).lowerCase());
		}
		String titleLowerCase = (title != null) ? title.toLowerCase(Locale.ROOT) : null;
		Found titleFound = (title != null) ? index.scan(titleLowerCase) : null;
		String lowerCase = null;
		for (TopicIndex.Indexed topic : index.topics()) {
			List<Evidence> evidence = new ArrayList<>();
			for (int i = 0; i < sentences.size(); i++) {
				if (!topic.possible(found[i])) {
					continue;
				}
				Sentence sentence = sentences.get(i);
				if (stems[i] == null && topic.needsStems(found[i])) {
					stems[i] = Stems.of(lang, sentence.text());
				}
				if (topic.matches(sentence.text(), sentence.lowerCase(), found[i], stems[i])) {
					evidence.add(new Evidence(sentence.text(), sentence.start(), sentence.end()));
				}
			}
			boolean titled = title != null && topic.matches(title, titleLowerCase, titleFound, null);
			int weight = evidence.size() + (titled ? 1 : 0);
			if (!titled && !evidence.isEmpty() && topic.topic().hasWeak(lang)) {
				// Passing mentions ("food and energy security", energy among the sectors
				// whose facilities were damaged) do not make it a subject of the release,
				// however many there are: a sentence on the topic itself must be among
				// them.
				lowerCase = (lowerCase != null) ? lowerCase : lowerCase(titleLowerCase, sentences);
				if (topic.topic().weakPossibleIn(lang, lowerCase) && !anyStrong(topic.topic(), lang, evidence)) {
					weight = 0;
				}
			}
			if (weight > 0) {
				matches.add(new TopicMatch(topic.topic().id(), score(weight), evidence));
			}
		}
		return matches;
	}

	/** The whole text lower-cased, from the title's and the sentences' own lower case. */
	private static String lowerCase(String titleLowerCase, List<Sentence> sentences) {
		StringBuilder all = new StringBuilder((titleLowerCase != null) ? titleLowerCase : "");
		sentences.forEach((sentence) -> all.append('\n').append(sentence.lowerCase()));
		return all.toString();
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
