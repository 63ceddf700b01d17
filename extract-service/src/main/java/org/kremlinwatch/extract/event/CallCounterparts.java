package org.kremlinwatch.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Patterns;

/**
 * Counterparts of a call the gazetteer does not know (round 11): private persons named
 * after the call's words ("spoke on the phone with five-year-old Ivan Petrov from ...",
 * "phoned Anna Smirnova and Oleg Ivanov"), and servicemen named only by their unit
 * («поговорил по телефону с командирами ... бригады»), who stand for Russia (LABELING.md,
 * set 7: commanders and private persons have Russia as their state). Russian names are
 * not transliterated: the Kremlin's English spelling of a Russian case form cannot be
 * derived by a clean general rule, so a Russian private person stays unnamed.
 */
final class CallCounterparts {

	/**
	 * The words that introduce the counterpart, then up to four lower-case modifiers
	 * ("five-year-old", "another participant in the charity campaign,"), then the name.
	 */
	private static final Pattern NAMED = Pattern.compile("\\b(?:with|from|phoned|called|to)"
			+ "((?: (?:[\\p{Ll}\\d][\\p{L}\\d'-]*,?)){0,6}) (\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2})\\b");

	/**
	 * A name that opens a sentence as its subject ("Alexander Chupriyan was instructed to
	 * ..."): in English, a verb right after it.
	 */
	private static final Pattern OPENING = Pattern
		.compile("^\\W*(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)"
				+ " (?:was|is|has|had|will|would|said|reported|told|informed|promised|assured|confirmed)\\b");

	/** A further name of a list: ", Anna Smirnova", " and Oleg Ivanov". */
	private static final Pattern MORE = Pattern
		.compile("\\G(?:,| and|, and) (\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})\\b");

	/**
	 * Capitalised words that make an office, a body or a place, not a person's name:
	 * "with Prime Minister", "with the Security Council", "from Moscow Region".
	 */
	private static final Set<String> NOT_A_NAME = Set.of("President", "Prime", "Minister", "Chancellor", "King",
			"Queen", "Emir", "Crown", "Prince", "Sultan", "Secretary", "General", "Governor", "Head", "Chairman",
			"Director", "Pope", "Patriarch", "Federal", "Republic", "State", "Council", "Region", "Territory",
			"Russian", "Russia", "Federation", "United", "Nations", "Mr", "Ms", "Mrs", "Madam", "His", "Her", "The",
			"Majesty", "Highness", "Deputy", "Speaker", "Mayor", "Ministry", "Government", "Union", "Day", "New",
			"Year", "Foreign", "Defence", "Acting", "Commander", "Chief", "Staff", "Army", "Fleet", "Brigade",
			"Regiment", "Division", "Company", "Bank", "Group");

	/** Servicemen named by their unit, not by name, right after the call's words. */
	private static final Pattern SERVICEMEN = Pattern.compile("(?iuU)^[^.;]{0,40}?\\b(commanders?|servicem[ae]n"
			+ "|soldiers|military personnel|troops|crews?|командир\\w*|военнослужащ\\w*|бойц\\w*|экипаж\\w*)\\b");

	private CallCounterparts() {
	}

	/**
	 * The persons named after the call's words that start at {@code cueAt} (in English),
	 * none of them a name the gazetteer found; empty when there are none.
	 */
	static List<String> named(String text, int cueAt, List<Mention> mentions) {
		List<String> names = new ArrayList<>();
		int from = Math.max(0, Math.min(cueAt, text.length()));
		Matcher name = NAMED.matcher(text);
		if (!name.find(from) || name.start() - from > 60) {
			return names;
		}
		if (!person(name.group(2), name.start(2), mentions)) {
			return names;
		}
		names.add(name.group(2));
		Matcher more = MORE.matcher(text);
		int at = name.end();
		while (more.find(at) && more.start() == at && person(more.group(1), more.start(1), mentions)) {
			names.add(more.group(1));
			at = more.end();
		}
		return names;
	}

	/**
	 * The person the gazetteer does not know whose name opens the sentence as its
	 * subject, or {@code null}.
	 */
	static String opening(String text, List<Mention> mentions) {
		Matcher name = OPENING.matcher(text);
		return (name.lookingAt() && person(name.group(1), name.start(1), mentions)) ? name.group(1) : null;
	}

	/** Whether the call's counterparts are servicemen named by their unit. */
	static boolean servicemen(String text, int cueAt) {
		return Patterns.after(SERVICEMEN, text, cueAt).find();
	}

	private static boolean person(String name, int start, List<Mention> mentions) {
		for (String word : name.split("[ -]")) {
			if (NOT_A_NAME.contains(word)) {
				return false;
			}
		}
		int end = start + name.length();
		// A place, state or body the gazetteer knows is no person.
		return mentions.stream().noneMatch((m) -> m.start() < end && m.end() > start);
	}

}
