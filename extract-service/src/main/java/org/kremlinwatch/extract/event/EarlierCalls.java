package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;

/**
 * Telephone conversations a text mentions as having happened, which the readout cues do
 * not find: a conversation with a leader who was not there ("I have just spoken with the
 * President of Kazakhstan", "you spoke with Angela Merkel twice", «я разговаривал с
 * Президентом Франции»), a conversation "you and I" had when the release is a meeting
 * with that one leader, an earlier conversation a readout follows up. Their day is
 * unknown unless the sentence gives it ("just" is today). Habitual contact ("we speak by
 * phone regularly") is no call, nor is a conversation held at a meeting, nor one ahead.
 */
final class EarlierCalls {

	/** A conversation had with someone, not said to be by telephone. */
	private static final Finder SPOKE_WITH_EN = Finder.of(Pattern.compile(
			"(?i)\\b(i|we|you|he|the president|vladimir putin|mr putin) (have |has |had )?(just |recently |also |already"
					+ " |earlier |then |once )*(spoke|spoken|talked|had (a|two|several) (\\w+ )?conversations?)"
					// "I also talked about this recently with ..."
					+ "( about (this|that|it))?( (\\w+ ){0,2}(twice|several times|more than once)| recently| already)?"
					+ " with\\b"
					// "I spoke twice to the President of France": "to" only before a
					// leader's office, as "spoke to the students" is an address
					+ "|\\b(i|we) (have |had )?(just |recently |also |already |earlier |then |once )*(spoke|spoken|talked)"
					+ "( (\\w+ ){0,2}(twice|several times|more than once)| recently| already)? to (the |my |our )?"
					+ "(?=(federal )?(president|prime minister|chancellor|king|emir|crown prince|sultan)\\b)"));

	private static final Finder SPOKE_WITH_RU = Finder.of(Pattern.compile(
			"(?iU)\\b(я|мы|вы) (уже |только что |недавно |тоже |также |и |вчера |сегодня |дважды |ещё раз |еще раз )*(разговаривал\\w*|беседовал\\w*|созванивал\\w*"
					+ "|созвонил\\w*|поговорил\\w*) (\\w+ ){0,4}с\\b"
					// «мы с Президентом Франции созванивались»: the partner before the
					// verb
					+ "|\\b(я|мы) с (\\w+ ){1,4}(созванивал\\w*|созвонил\\w*|разговаривал\\w*|говорили по телефону)"));

	/** Words one of which every conversation "with" someone contains, lower-cased. */
	private static final List<String> SPOKE_NEEDLES_EN = List.of("spoke", "spoken", "talked", "conversation with",
			"conversations with");

	private static final List<String> SPOKE_NEEDLES_RU = List.of("разговарива", "беседова", "созвани", "созвони",
			"поговори");

	/** "I" as the one who spoke: the speaker of the turn, in a transcript. */
	private static final Pattern FIRST_PERSON = Pattern.compile("(?iU)(i|я)\\b");

	/** Today's conversation, told with "just". */
	private static final Finder JUST = Finder.of(Pattern.compile("(?iU)\\b(just|только что)\\b"));

	/** Contact as a habit, not a conversation that took place. */
	private static final Finder HABITUAL = Finder.of(Pattern
		.compile("(?iU)\\b(regular(ly)?|constant(ly)?|frequent(ly)?|often|always|keep (in )?touch|every (week|month)"
				+ "|регулярн\\w*|постоянн\\w*|часто|всегда)\\b"));

	/** A period that has an end and lies behind: "during this year", «в этом году». */
	private static final Finder BOUNDED_PERIOD = Finder.of(Pattern
		.compile("(?iU)\\b((during|over|throughout|in the course of) (this|the past|the last|the previous) (year|month|"
				+ "(few |several )?(months|weeks))|this year|в этом году|в течение (этого|всего|прошлого) года"
				+ "|за (этот|прошедший|уходящий) год)\\b"));

	/** The calls in the past tense. */
	private static final Finder PAST_CALLS = Finder.of(Pattern
		.compile("(?iU)\\b(called|phoned|spoke|talked|had|созванивались|созвонились|разговаривали|говорили)\\b"));

	/** "our telephone conversations", «наши телефонные разговоры». */
	private static final Pattern OUR_CALLS = Pattern
		.compile("(?iU)\\b(our (telephone |phone )?(conversations?|calls?)|наш\\w* (телефонн\\w+ )?разговор\\w*)\\b");

	/**
	 * A conversation held at a meeting or an event ("during the summit", "on the
	 * sidelines"), or one told as the moment of something else ("when I spoke with ..."):
	 * not a call.
	 */
	private static final Finder NOT_BY_PHONE = Finder.of(Pattern.compile(
			"(?iU)\\b(during|at the|on the sidelines|in person|face to face|when|в ходе|на полях|во время|при встрече|когда)\\b"));

	/**
	 * The speaker with his guest: "you and I", "we". A bare "you" is the guest alone
	 * ("your recent telephone conversations" were his with others).
	 */
	private static final Finder US = Finder.of(Pattern.compile("(?iU)\\b(you and i|we|us|с вами|мы с вами|мы)\\b"));

	/** An earlier conversation a readout follows up. */
	private static final Finder PREVIOUS = Finder.of(Pattern.compile(
			"(?iU)\\b(previous|earlier|last|preceding) (telephone )?conversations?\\b|\\b(предыдущ|прошл)\\w* (телефонн\\w+ )?разговор\\w*"));

	/**
	 * A leader the gazetteer does not know, named after his office: "with President of
	 * the Republic of Ecuador, Mr Guillermo Lasso".
	 */
	private static final Pattern TITLED_NAME = Pattern.compile(
			"\\b(?:President|Prime Minister|Chancellor|King|Emir|Crown Prince|Sultan) of [^,.;]{2,60}, (?:Mr |Ms |Mrs |Madam )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){1,2})\\b");

	private EarlierCalls() {
	}

	/**
	 * Where a conversation with someone absent starts ("spoke with ..."), or -1: a person
	 * or state named after the words, not the leader the release meets, neither habit nor
	 * meeting in the sentence.
	 */
	static int spokeWith(Lang lang, String text, String lowerCaseText, List<Mention> mentions, List<Mention> headline) {
		if (!possibleIn((lang == Lang.en) ? SPOKE_NEEDLES_EN : SPOKE_NEEDLES_RU, lowerCaseText)) {
			return -1;
		}
		int after = ((lang == Lang.en) ? SPOKE_WITH_EN : SPOKE_WITH_RU).start(text);
		if (after < 0 || HABITUAL.find(text) || NOT_BY_PHONE.find(text)) {
			return -1;
		}
		// the partner may come before the verb («мы с Макроном созванивались»)
		boolean absent = mentions.stream()
			.filter((m) -> m.start() >= after && m.start() - after < 80)
			.filter((m) -> m.type() == EntityType.PERSON || m.type() == EntityType.COUNTRY)
			.filter((m) -> !EventDetector.PRESIDENT.equals(m.name()) && !"Russia".equals(m.name()))
			.anyMatch((m) -> headline.stream().noneMatch((h) -> h.name().equals(m.name())));
		return absent ? after : -1;
	}

	/**
	 * Whether the conversation that starts at {@code spokeAt} is told in the first person
	 * singular ("I spoke with", «я разговаривал с»): in another official's turn of a
	 * transcript it is that official's.
	 */
	static boolean firstPerson(String text, int spokeAt) {
		return FIRST_PERSON.matcher(text).region(spokeAt, text.length()).lookingAt();
	}

	/**
	 * Whether a conversation with someone absent took place today ("I have just spoken").
	 */
	static boolean today(String text) {
		return JUST.find(text);
	}

	/**
	 * Whether the sentence tells contact as a habit ("we speak by phone regularly").
	 * Calls told in the past tense within a bounded period ("during this year we ...
	 * often called each other") are earlier calls that took place (LABELING.md, set 7),
	 * not a habit.
	 */
	static boolean habitual(String text) {
		return HABITUAL.find(text) && !boundedPast(text);
	}

	/** Past calls within a bounded period: "during this year ... called each other". */
	static boolean boundedPast(String text) {
		return BOUNDED_PERIOD.find(text) && PAST_CALLS.find(text);
	}

	/**
	 * "during our telephone conversations": the speaker's own earlier calls with the
	 * leader the sentence names (LABELING.md, set 7).
	 */
	static boolean ours(String text, int cueAt) {
		Matcher ours = OUR_CALLS.matcher(text);
		return ours.find(Math.max(0, Math.min(cueAt - 12, text.length()))) && ours.start() <= cueAt;
	}

	/**
	 * Whether the sentence speaks of "you and I" or "we", the release's guest included.
	 */
	static boolean withUs(String text) {
		return US.find(text);
	}

	/** Whether the sentence refers to an earlier conversation ("their previous one"). */
	static boolean previous(String text, String lowerCaseText) {
		return (lowerCaseText.contains("conversation") || lowerCaseText.contains("разговор")) && PREVIOUS.find(text);
	}

	private static boolean possibleIn(List<String> needles, String lowerCaseText) {
		for (String needle : needles) {
			if (lowerCaseText.contains(needle)) {
				return true;
			}
		}
		return false;
	}

	/** The name of a leader the gazetteer does not know, after his office, or null. */
	static String titledName(String text, int from) {
		Matcher name = TITLED_NAME.matcher(text);
		return name.find(Math.max(0, Math.min(from, text.length()))) ? name.group(1) : null;
	}

}
