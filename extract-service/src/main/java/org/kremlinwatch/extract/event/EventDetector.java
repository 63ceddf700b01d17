package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;

/**
 * Finds calls, meetings and warnings, sentence by sentence. The Kremlin reports for the
 * President, so an unnamed caller or speaker is Vladimir Putin.
 */
public final class EventDetector {

	static final String PRESIDENT = "Vladimir Putin";

	private static final int SUMMARY_LENGTH = 160;

	/**
	 * The events of a release in text order.
	 * @param lang the release's language
	 * @param published the publication day, against which dates resolve
	 * @param title the headline, which can name a call the text only describes
	 * @param titleMentions entities named in the headline
	 * @param sentences the facts of each sentence
	 */
	public List<ExtractedEvent> detect(Lang lang, LocalDate published, String title, List<Mention> titleMentions,
			List<SentenceFacts> sentences) {
		Cues cues = Cues.of(lang);
		MeetingRule meetings = new MeetingRule(cues, published);
		List<ExtractedEvent> events = new ArrayList<>();
		Set<List<String>> calls = new LinkedHashSet<>();
		for (SentenceFacts facts : sentences) {
			if (cues.any(cues.call(), facts.text())) {
				call(facts, facts.mentions(), published, calls, events);
			}
			else {
				events.addAll(meetings.apply(facts));
			}
			if (cues.any(cues.warning(), facts.text())) {
				events.add(warning(facts));
			}
		}
		if (calls.isEmpty() && title != null && cues.any(cues.call(), title) && !sentences.isEmpty()) {
			// "Telephone conversation with ..." as the headline, the text going straight
			// to what was discussed: the first sentence is the evidence.
			SentenceFacts first = sentences.get(0);
			call(new SentenceFacts(first.sentence(), titleMentions, List.of()), titleMentions, published, calls,
					events);
		}
		// A lead repeated in the body must not count twice.
		return events.stream()
			.filter(distinctBy((e) -> List.of(e.type(), e.evidence().sentence(), String.valueOf(e.dateStart()),
					String.valueOf(e.place()))))
			.toList();
	}

	private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, Object> key) {
		Set<Object> seen = new java.util.HashSet<>();
		return (t) -> seen.add(key.apply(t));
	}

	private void call(SentenceFacts facts, List<Mention> mentions, LocalDate published, Set<List<String>> calls,
			List<ExtractedEvent> events) {
		List<String> participants = participants(mentions);
		if (!calls.add(participants)) {
			return;
		}
		LocalDate date = facts.dates()
			.stream()
			.filter(DateMention::resolved)
			.map(DateMention::from)
			.findFirst()
			.orElse(published);
		String summary = "Telephone conversation: " + String.join(", ", participants);
		events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null, summary,
				facts.evidence()));
	}

	static List<String> participants(List<Mention> mentions) {
		Set<String> people = new LinkedHashSet<>();
		people.add(PRESIDENT);
		mentions.stream().filter((m) -> m.type() == EntityType.PERSON).forEach((m) -> people.add(m.name()));
		if (people.size() == 1) {
			// No named counterpart: the state or organisation on the other end.
			mentions.stream()
				.filter((m) -> m.type() == EntityType.COUNTRY || m.type() == EntityType.ORG)
				.filter((m) -> !"Russia".equals(m.name()))
				.forEach((m) -> people.add(m.name()));
		}
		return List.copyOf(people);
	}

	private ExtractedEvent warning(SentenceFacts facts) {
		String speaker = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON)
			.map(Mention::name)
			.findFirst()
			.orElse(PRESIDENT);
		return new ExtractedEvent(EventType.WARNING, null, null, null, null, List.of(speaker), speaker,
				oneLine(facts.text()), facts.evidence());
	}

	/** The text on one line, cut at a word near {@value #SUMMARY_LENGTH} characters. */
	static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		if (line.length() <= SUMMARY_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', SUMMARY_LENGTH - 1);
		return line.substring(0, (cut > SUMMARY_LENGTH / 2) ? cut : SUMMARY_LENGTH - 1) + "…";
	}

}
