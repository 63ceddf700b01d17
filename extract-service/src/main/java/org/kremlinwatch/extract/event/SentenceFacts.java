package org.kremlinwatch.extract.event;

import java.util.List;

import org.kremlinwatch.events.v1.Evidence;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Sentence;

/**
 * What the event rules know about one sentence: its mentions and dates, with offsets
 * relative to the sentence.
 *
 * @param sentence the sentence
 * @param mentions entities named in it
 * @param dates dates in it, resolved
 */
public record SentenceFacts(Sentence sentence, List<Mention> mentions, List<DateMention> dates) {

	String text() {
		return this.sentence.text();
	}

	String lowerCase() {
		return this.sentence.lowerCase();
	}

	Evidence evidence() {
		return new Evidence(this.sentence.text(), this.sentence.start(), this.sentence.end());
	}

}
