package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Patterns;

import static org.kremlinwatch.extract.event.EventDetector.PRESIDENT;
import static org.kremlinwatch.extract.event.EventDetector.RUSSIA;

/**
 * The release's calls told so far, each once: a call told again (the same counterpart,
 * the same day, its state for its leader) adds nothing, and a later, fuller telling
 * replaces a counterpart-less one. Apart from {@link CallRule} because these rules decide
 * how many calls a release has, whatever sentence told them.
 */
final class CallLog {

	/**
	 * Calls in the plural at the call's words: without a day, and with no one named or as
	 * a habit, calls in general, none told.
	 */
	private static final Pattern PLURAL_CALLS = Pattern
		.compile("(?iu)(telephone |phone )?(conversations|calls)\\b|(телефонн\\w+ )?разговор(ы|ов|ах|ами)\\b");

	/**
	 * The two capitalised words that end an English headline's "with ...": a counterpart
	 * the gazetteer does not know.
	 */
	private static final Pattern EN_TITLE_NAME = Pattern.compile("\\bwith (?:.* )?(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)$");

	private final LocalDate published;

	/** The release's events in text order, meetings and warnings included. */
	private final List<ExtractedEvent> events;

	/** The participants of every call told so far: each call once. */
	private final Set<List<String>> calls = new LinkedHashSet<>();

	/**
	 * Everyone the release has named so far, to tell a call with a person from one with a
	 * state or an organisation.
	 */
	private final Set<String> named = new HashSet<>();

	CallLog(LocalDate published, List<ExtractedEvent> events) {
		this.published = published;
		this.events = events;
	}

	/** Whether no call has been told yet. */
	boolean isEmpty() {
		return this.calls.isEmpty();
	}

	/** Remembers the people of a sentence (or the headline) the release has named. */
	void named(List<Mention> mentions) {
		for (Mention mention : mentions) {
			if (mention.type() == EntityType.PERSON) {
				this.named.add(mention.name());
			}
		}
	}

	/**
	 * A call of the President with those {@code mentions} name, on the day its clause
	 * names, else {@code day}, unless it tells no call or one told already.
	 */
	void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline) {
		call(facts, cueAt, mentions, day, headline, null);
	}

	/**
	 * As {@link #call(SentenceFacts, int, List, LocalDate, String)}, with {@code unknown}
	 * the counterpart the gazetteer does not know, when not {@code null}.
	 */
	void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline, String unknown) {
		List<String> participants = CallParties.participants(mentions);
		// "Президент США Трамп и Король Саудовской Аравии": a leader named only by his
		// office beside a named one; his state stands for him (LABELING.md accepts it).
		List<String> titled = CallParties.titledStates(facts.text(), cueAt, mentions, participants);
		if (!titled.isEmpty()) {
			participants = new ArrayList<>(participants);
			participants.addAll(titled);
			participants = List.copyOf(participants);
		}
		if (participants.size() == 1 && headline != null) {
			// A counterpart the gazetteer does not know: the name that ends the headline.
			Matcher name = EN_TITLE_NAME.matcher(headline);
			if (name.find()) {
				participants = List.of(PRESIDENT, name.group(1));
			}
		}
		if (participants.size() == 1 && headline != null && CallCounterparts.servicemen(headline, 0)) {
			// «Президент по телефону поздравил командиров»: servicemen named by the
			// headline stand for Russia (LABELING.md, set 7).
			participants = List.of(PRESIDENT, RUSSIA);
		}
		if (participants.size() == 1) {
			// ... or the name after his office: "with President of the Republic of
			// Ecuador, Mr Guillermo Lasso".
			String name = EarlierCalls.titledName(facts.text(), cueAt);
			if (name != null) {
				participants = List.of(PRESIDENT, name);
			}
		}
		if (unknown != null) {
			participants = CallParties.unknownCounterpart(facts, cueAt, participants, unknown);
		}
		else if (mentions.stream().noneMatch(CallParties::otherPerson)
				&& participants.stream().noneMatch((p) -> !PRESIDENT.equals(p) && !CallParties.isState(p, mentions))) {
			// Private persons the gazetteer does not know, named after the call's words
			// ("spoke on the phone with ... Ivan Petrov and Anna Smirnova"): a call with
			// each (LABELING.md, set 7).
			List<String> persons = CallCounterparts.named(facts.text(), cueAt, mentions);
			if (persons.size() > 1) {
				for (String person : persons) {
					call(facts, cueAt, mentions, day, headline, person);
				}
				return;
			}
			if (persons.size() == 1) {
				participants = CallParties.unknownCounterpart(facts, cueAt, participants, persons.get(0));
			}
			else if (participants.size() == 1 && CallCounterparts.servicemen(facts.text(), cueAt)) {
				// «с командирами ... бригады»: servicemen named by their unit, never the
				// President alone; their state is Russia (LABELING.md, set 7).
				participants = List.of(PRESIDENT, RUSSIA);
			}
		}
		// "the December 7 videoconference and the December 30 telephone conversation":
		// the date nearest the call's own words is its day.
		LocalDate date = CallDay.of(facts, cueAt, day);
		// day is null for a call told in passing, not the release's subject ("in
		// our telephone conversation ..."): its day is unknown, never guessed.
		List<String> counterparts = participants;
		// participants() names the state or organisation only when no person is named
		// (or, with a person, a leader named by his office alone).
		boolean unnamed = counterparts.size() == 1
				|| counterparts.stream().skip(1).allMatch((c) -> CallParties.isState(c, mentions));
		if (date == null && (unnamed || EarlierCalls.habitual(facts.text()))
				&& !(counterparts.size() > 1 && EarlierCalls.ours(facts.text(), cueAt))
				&& Patterns.after(PLURAL_CALLS, facts.text(), cueAt).lookingAt()) {
			// "during your recent telephone conversations" with no one named, or "our
			// regular telephone conversations": calls in general or a habit, none told.
			// "We had several telephone conversations with him in recent weeks" told
			// some.
			return;
		}
		if (participants.size() == 1 && date == null) {
			// Neither the day nor the counterpart: nothing is known of this call.
			return;
		}
		if (date == null && EarlierCalls.habitual(facts.text())) {
			// "We have always talked over the phone whenever needed": a habit, no call.
			return;
		}
		List<String> others = participants.subList(1, participants.size());
		// A leader named by his office whom no call so far included makes it another
		// call, not the same one told again.
		boolean newParty = titled.stream()
			.anyMatch((state) -> this.events.stream()
				.noneMatch((e) -> e.type() == EventType.CALL && e.participants().contains(state)));
		if (date == null && !newParty
				&& this.events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
							&& (unnamed || e.participants().stream().anyMatch(others::contains)))) {
			// "The telephone conversation with the United States lasted an hour" after
			// the call the release reports: the same call told again, without its day.
			return;
		}
		if (date != null && !newParty
				&& this.events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && date.equals(e.dateStart())
							&& e.participants().stream().anyMatch(others::contains))) {
			// "the issues discussed during the telephone conversation today" with Biden
			// after the readout's call with him that day: the same call told again.
			return;
		}
		if (unnamed && this.events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
					&& java.util.Objects.equals(date, e.dateStart()))) {
			// "the conversation with the United States" after the one with its President
			// that day: the same call told again.
			return;
		}
		if (!this.calls.add(participants)) {
			return;
		}
		if (participants.size() > 1) {
			// "the conversation" first, "with the President of the United States" later:
			// the counterpart-less mention of that day was this call.
			this.events.removeIf((e) -> e.type() == EventType.CALL && e.participants().size() == 1
					&& java.util.Objects.equals(date, e.dateStart()));
		}
		String summary = "Telephone conversation: " + String.join(", ", participants);
		this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null,
				summary, facts.evidence()));
	}

	/**
	 * The earlier call a readout follows up ("In follow-up to their previous
	 * conversation"): with the leader of the call the release reports, undated.
	 */
	void earlierCall(SentenceFacts facts) {
		ExtractedEvent reported = this.events.stream()
			.filter((e) -> e.type() == EventType.CALL && this.published.equals(e.dateStart())
					&& e.participants().size() > 1)
			.findFirst()
			.orElse(null);
		if (reported == null || this.events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.dateStart() == null
					&& e.participants().equals(reported.participants()))) {
			return;
		}
		this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, null, null, null, reported.participants(),
				null, reported.summary(), facts.evidence()));
	}

	/**
	 * "On January 6–7, Putin had telephone conversations with heads of the CSTO states.
	 * The President had telephone conversations with A, B and C": the dated calls the
	 * lead told without naming anyone are named now. Their day is the lead's, and the
	 * unnamed call gives way to them; {@code null} when no such call was told.
	 */
	LocalDate namedLater() {
		ExtractedEvent told = this.events.stream()
			.filter((e) -> e.type() == EventType.CALL && e.dateStart() != null)
			.filter((e) -> e.participants().stream().skip(1).noneMatch(this.named::contains))
			.findFirst()
			.orElse(null);
		if (told == null) {
			return null;
		}
		this.events.remove(told);
		this.calls.remove(told.participants());
		return told.dateStart();
	}

	/** The day of the release's last dated call, or {@code null}. */
	LocalDate lastCallDay() {
		LocalDate day = null;
		for (ExtractedEvent e : this.events) {
			if (e.type() == EventType.CALL && e.dateStart() != null) {
				day = e.dateStart();
			}
		}
		return day;
	}

	/**
	 * A call of the participants given, on the day its clause names, else
	 * {@code otherwise}; once per participants.
	 */
	void otherCall(SentenceFacts facts, int cueAt, List<String> participants, LocalDate otherwise) {
		LocalDate date = CallDay.of(facts, cueAt, otherwise);
		if (this.calls.add(participants)) {
			this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null,
					"Telephone conversation: " + String.join(", ", participants), facts.evidence()));
		}
	}

}
