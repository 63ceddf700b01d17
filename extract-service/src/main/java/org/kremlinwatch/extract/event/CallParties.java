package org.kremlinwatch.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

import static org.kremlinwatch.extract.event.EventDetector.PRESIDENT;
import static org.kremlinwatch.extract.event.EventDetector.RUSSIA;

/**
 * Who took part in a call a sentence tells: the President and the people, states or
 * leaders named by office around the call's words, or two others ("between A and B",
 * "Lukashenko's telephone conversations with", "their contacts over the telephone", an
 * official's own call in his turn). Apart from {@link CallRule} so that the sentence walk
 * reads as decisions, with the reading of names kept in one place.
 */
final class CallParties {

	/**
	 * A head of state or government named by office right before his state: "the King
	 * of", "President of the Republic of", «Король», «Президентом Республики».
	 */
	private static final Pattern OFFICE_BEFORE = Pattern
		.compile("(?iuU)\\b(president|king|emir|sultan|crown prince|prime minister|chancellor|leader|head of state"
				+ "|президент\\w*|корол\\w+|эмир\\w*|султан\\w*|наследн\\w+ принц\\w*|премьер-министр\\w*"
				+ "|канцлер\\w*|лидер\\w*|глав\\w+ государства)( of)?( the)?( (republic|kingdom|state|федеративн\\w+"
				+ "|республик\\w+|королевств\\w+|государств\\w+)( of)?)?\\s+$");

	/** What joins two parties of a list: "A and the", «А и», "A, ". */
	private static final Pattern LIST_JOINT = Pattern.compile("(?iuU)\\s*(,|and|и)\\s*(the\\s+)?");

	/** A name's possessive right before a call's words. */
	private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+$");

	/** "between" right after a call's words: a call of others. */
	private static final Pattern BETWEEN = Pattern.compile("(?iuU)\\b(between|между)\\b");

	/** The President among those "between" whom a call was: it is his own. */
	private static final Pattern PRESIDENT_NAMED = Pattern.compile(
			"(?iuU)\\s*(the )?(president of russia|russian president|vladimir putin|президент\\w* россии|владимир\\w* путин\\w*|путин\\w*)\\b");

	/**
	 * "each other", "you and I": the official and the President he speaks to. A bare "we"
	 * may be the official's own agency.
	 */
	private static final Finder EACH_OTHER = Finder
		.of(Pattern.compile("(?iuU)\\b(each other|one another|you and i|друг другу|друг с другом|мы с вами)\\b"));

	/** "you", the President addressed in another official's turn. */
	private static final Pattern YOU = Pattern.compile("(?iuU)\\b(you|вами|вас|вам|тобой)\\b");

	/**
	 * "during their recent contacts over the telephone": the call of those just named.
	 */
	private static final Finder THEIR_BEFORE = Finder
		.of(Pattern.compile("(?iuU)\\b(their|свои\\w*)\\s+(\\w+\\s+){0,2}$"));

	private CallParties() {
	}

	/**
	 * The two or more people of "a telephone conversation between A and B" (or
	 * «телефонный разговор между A и B»), when the President is not one of them;
	 * {@code null} otherwise.
	 */
	static List<String> between(String sentence, int cueAt, List<Mention> people) {
		Matcher between = BETWEEN.matcher(sentence);
		if (!between.find(Math.min(cueAt, sentence.length())) || between.start() - cueAt > 40
				|| PRESIDENT_NAMED.matcher(sentence.substring(between.end())).lookingAt()) {
			return null;
		}
		int after = between.end();
		List<String> named = people.stream()
			.filter((m) -> m.start() >= after && m.start() - after < 120)
			.map(Mention::name)
			.distinct()
			.toList();
		return (named.size() >= 2) ? named : null;
	}

	/**
	 * When a leader's possessive owns the call's words ("Lukashenko's telephone
	 * conversations with Angela Merkel"), that leader and the people named after the
	 * words (within a clause's reach); {@code null} when the call is no one else's.
	 */
	static List<String> ownedByAnother(String sentence, int cueAt, List<Mention> people) {
		Matcher owner = POSSESSIVE.matcher(sentence.substring(0, Math.min(cueAt, sentence.length())));
		if (!owner.find()) {
			return null;
		}
		Mention owning = people.stream().filter((m) -> m.end() == owner.start()).findFirst().orElse(null);
		if (owning == null) {
			return null;
		}
		Set<String> named = new LinkedHashSet<>();
		named.add(owning.name());
		people.stream()
			.filter((m) -> m.start() >= cueAt && m.start() - cueAt < 120)
			.forEach((m) -> named.add(m.name()));
		return List.copyOf(named);
	}

	/**
	 * The people named before "their" call ("discussed by A and B during their recent
	 * contacts over the telephone"), when two or more, none the President; {@code null}
	 * otherwise.
	 */
	static List<String> theirs(SentenceFacts facts, int cueAt) {
		String text = facts.text();
		if (cueAt <= 0 || cueAt > text.length() || !THEIR_BEFORE.find(text.substring(0, cueAt))) {
			return null;
		}
		List<String> before = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON && m.end() <= cueAt && cueAt - m.end() < 200)
			.map(Mention::name)
			.distinct()
			.toList();
		return (before.size() >= 2 && !before.contains(PRESIDENT)) ? before : null;
	}

	/**
	 * The states named after {@code from}, other than Russia, when no person is ("the
	 * President of France and the Chancellor of Germany").
	 */
	static List<String> listedStates(SentenceFacts facts, int from) {
		return facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.COUNTRY && m.start() > from && !RUSSIA.equals(m.name()))
			.map(Mention::name)
			.distinct()
			.toList();
	}

	/**
	 * The counterparts of another official's call, in his turn of a transcript, told in
	 * the first person: the people he names, else the states, else the President when
	 * named or addressed ("you"); none when no counterpart is known or the contact is a
	 * habit.
	 */
	static List<String> ofTurn(SentenceFacts facts, int cueAt, String turn, List<Mention> people) {
		// What was said on the call ("I have told you over the phone more than once:
		// Belarus is always under sanctions") is neither habit nor counterpart.
		String text = facts.text();
		Matcher end = Patterns.after(CallDay.CLAUSE_END, text, cueAt);
		int clauseEnd = end.find() ? end.start() : text.length();
		String clause = text.substring(0, clauseEnd);
		if (EarlierCalls.habitual(clause)) {
			return List.of();
		}
		List<String> others = people.stream()
			.filter((m) -> m.start() < clauseEnd)
			.map(Mention::name)
			.filter((n) -> !n.equals(turn))
			.distinct()
			.toList();
		if (others.isEmpty()) {
			others = listedStates(facts, cueAt).stream()
				.filter((state) -> facts.mentions()
					.stream()
					.anyMatch((m) -> state.equals(m.name()) && m.start() > cueAt && m.start() < clauseEnd))
				.toList();
		}
		// "you" or "each other" at a meeting with the President, or the President named:
		// he is the counterpart.
		if (others.isEmpty()
				&& (facts.mentions().stream().anyMatch((m) -> PRESIDENT.equals(m.name()) && m.start() < clauseEnd)
						|| YOU.matcher(clause).region(Math.max(0, Math.min(cueAt, clauseEnd) - 60), clauseEnd).find()
						|| PRESIDENT_NAMED.matcher(clause).region(Math.min(cueAt, clauseEnd), clauseEnd).find()
						|| EACH_OTHER.find(clause))) {
			others = List.of(PRESIDENT);
		}
		return others;
	}

	/**
	 * The states whose leader a call sentence names by office alone beside named people
	 * ("President Trump and the King of Saudi Arabia", «Король Саудовской Аравии»): an
	 * office word right before the state, no name right after it. Empty when no person is
	 * named (participants() then takes the states) or none is so named.
	 */
	static List<String> titledStates(String text, int cueAt, List<Mention> mentions, List<String> participants) {
		if (participants.size() < 2 || mentions.stream().noneMatch((m) -> m.type() == EntityType.COUNTRY)) {
			return List.of();
		}
		List<String> states = new ArrayList<>();
		for (Mention state : mentions) {
			if (state.type() != EntityType.COUNTRY || RUSSIA.equals(state.name()) || participants.contains(state.name())
					|| state.start() < cueAt - 200) {
				continue;
			}
			Matcher officeWord = OFFICE_BEFORE.matcher(text.substring(Math.max(0, state.start() - 40), state.start()));
			int officeAt = officeWord.find() ? Math.max(0, state.start() - 40) + officeWord.start() : -1;
			// ... in a list of the call's parties, right after a named one ("Trump and
			// the King of"), not an office told of someone ("elected President of
			// Kazakhstan")
			boolean office = officeAt >= 0 && mentions.stream()
				.anyMatch((m) -> m.type() == EntityType.PERSON && m.end() <= officeAt
						&& LIST_JOINT.matcher(text.substring(m.end(), officeAt)).matches());
			boolean nameAfter = mentions.stream()
				.anyMatch((m) -> m.type() == EntityType.PERSON && m.start() >= state.end()
						&& m.start() - state.end() <= 12);
			if (office && !nameAfter) {
				states.add(state.name());
			}
		}
		return states;
	}

	/** The President, the person the gazetteer does not know, then any state named. */
	static List<String> unknownCounterpart(SentenceFacts facts, int cueAt, List<String> participants, String person) {
		List<String> with = new ArrayList<>();
		with.add(PRESIDENT);
		with.add(person);
		with.addAll(participants.subList(1, participants.size()));
		if (with.size() == 2 && CallCounterparts.servicemen(facts.text(), cueAt)) {
			with.add(RUSSIA);
		}
		return List.copyOf(with);
	}

	/** A person named in a sentence other than the President. */
	static boolean otherPerson(Mention mention) {
		return mention.type() == EntityType.PERSON && !PRESIDENT.equals(mention.name());
	}

	/** Whether a name is one of the sentence's states or organisations, not a person. */
	static boolean isState(String name, List<Mention> mentions) {
		return mentions.stream()
			.anyMatch((m) -> (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORG) && name.equals(m.name()));
	}

	/**
	 * The President and the people named, else the states or organisations on the other
	 * end: the participants of a call with these mentions.
	 */
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

}
