package org.kremlinwatch.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

/**
 * Where a sentence puts a meeting: which of its places are the meeting's ("talks in
 * Geneva", "Sochi hosted the summit"), and the meetings a place implies by itself ("the
 * meeting in Riyadh", "we reached agreements in Istanbul").
 */
final class MeetingPlaces {

	private final Cues cues;

	MeetingPlaces(Cues cues) {
		this.cues = cues;
	}

	/**
	 * "the high-level meeting in Riyadh", «на встрече в Эр-Рияде»: a meeting word right
	 * before a place it is in names a meeting that took place, even without a verb (as
	 * interviews mention them).
	 */
	boolean meetingAtPlace(SentenceFacts facts, String text) {
		int listStart = -1;
		int previousEnd = -1;
		for (Mention mention : facts.mentions()) {
			if (mention.type() != EntityType.PLACE) {
				continue;
			}
			// "in Berlin and Paris": a place listed after another one shares its clause.
			boolean listed = previousEnd >= 0
					&& LIST_JOINT.matcher(text.substring(previousEnd, mention.start())).matches();
			int from = listed ? listStart : mention.start();
			listStart = from;
			previousEnd = mention.end();
			if (locative(facts.text(), mention)) {
				String before = text.substring(Math.max(0, from - 60), from);
				// Within the place's own clause: "during the talks, Baku and Yerevan" is
				// not; "summits ..., including in Berlin" is.
				Matcher cut = CLAUSE_CUT.matcher(before);
				int clause = 0;
				while (cut.find()) {
					clause = cut.end();
				}
				if (this.cues.meetingNoun().in(before.substring(clause))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Words of talks told by what was said or agreed: "discussions", "exchanges of
	 * views", "reached agreements", "discussed", «обсуждали», «договорились».
	 */
	private static final Finder EXCHANGE = Finder.of(Patterns
		.words("discussions|exchanges? of views|reached (\\w+ ){0,2}(agreements?|understandings?)|agreed|discussed"
				+ "|обсуждени\\w+|обмен\\w* мнениями|договорил\\w+|достигли|достигнут\\w*|обсудили|обсуждали"));

	/** A signing is a ceremony, not talks ("the agreements were signed in Minsk"). */
	private static final Finder SIGNED = Finder.of(Patterns.words("sign\\w*|подпис\\w*"));

	/** "in" right before the place: where the talks were, not where they went. */
	private static final Finder IN = Finder.of(Pattern.compile("(?iU)\\b(in|в|во)\\s+$"));

	private static final int EXCHANGE_REACH = 60;

	/**
	 * Whether the sentence tells talks by what was discussed or agreed in a place, in the
	 * place's own clause: "we reached certain agreements in Istanbul", "discussed this
	 * with Roscosmos executives in Sochi", «договорились в Москве».
	 */
	static boolean exchangeAtPlace(SentenceFacts facts, String text) {
		for (Mention mention : facts.mentions()) {
			if (mention.type() != EntityType.PLACE) {
				continue;
			}
			String before = text.substring(Math.max(0, mention.start() - EXCHANGE_REACH), mention.start());
			if (!IN.find(before)) {
				continue;
			}
			int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
			String own = before.substring(clause + 1);
			if (EXCHANGE.find(own) && !SIGNED.find(own)) {
				return true;
			}
		}
		return false;
	}

	/** What joins the places of a list: "Berlin and Paris", «Минске и Москве». */
	private static final Pattern LIST_JOINT = Pattern.compile("(?U)\\s*(,|,? and|и|,? in|,? и в|,? and in)\\s*");

	/**
	 * A comma or semicolon ends a clause, unless "including" or «в том числе» goes on.
	 */
	private static final Pattern CLAUSE_CUT = Pattern
		.compile("(?U)[,;](?!\\s*(including|notably|in particular|в том числе|включая|в частности)\\b)");

	/**
	 * Whether a place is where a meeting of the sentence is: a locative before it, a city
	 * it is "the city of", a list it goes on, or a city that hosts the meeting; not a
	 * document, a region, an owner or another event's venue named after it.
	 */
	boolean locative(String text, Mention mention) {
		int from = Math.max(0, mention.start() - 12);
		String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + HOST_REACH));
		// "the Rome Declaration", "the Minsk agreements": a place that names a document
		// is not where a meeting of the sentence is.
		if (DOCUMENT_NAMED.matcher(after).lookingAt()) {
			return false;
		}
		// Round 15b: "in the Kaluga Region", "Moscow Region": a region is no city.
		// Round 17: "due to Kiev's destructive policy", "in Moscow's history": a place
		// that owns something is not where a meeting is.
		if (REGION.matcher(after).lookingAt() || POSSESSIVE.matcher(after).lookingAt()) {
			return false;
		}
		// Round 16: "the winners of the Winter Olympic Games in Beijing", «открыть
		// генеральные консульства в Санкт-Петербурге и в Новосибирске»: the place of a
		// sports event or of a mission the sentence names, not of its meeting.
		if (ANOTHER_VENUE.find(text.substring(Math.max(0, mention.start() - 60), mention.start()))) {
			return false;
		}
		return this.cues.locative().matcher(text.substring(from, mention.start())).find()
				|| CITY_OF.find(text.substring(Math.max(0, mention.start() - 24), mention.start()))
				|| (LISTED_AFTER.find(text.substring(Math.max(0, mention.start() - 40), mention.start()))
						&& LIST_GOES_ON.matcher(after).lookingAt())
				|| hosts(after);
	}

	/**
	 * Round 16: a sports event or a diplomatic mission right before the locative, or
	 * before the first place of a list the place goes on ("Olympic Games in Beijing",
	 * "consulates in Kazan and in Sochi", «Олимпийских игр в Пекине», «консульства в
	 * Санкт-Петербурге и в Новосибирске»).
	 */
	private static final Finder ANOTHER_VENUE = Finder
		.of(Pattern.compile("(?iU)(?<!\\p{L})(Games|Olympics|Olympiad|Paralympics"
				+ "|Universiade|Championships?|World Cup|consulates?(-general)?|embassy|embassies|игр|играх|олимпиад\\w*"
				+ "|паралимпиад\\w*|универсиад\\w*|чемпионат\\w*|консульств\\w*|посольств\\w*)\\s+(in|at|в|во|на)\\s+(the\\s+)?"
				+ "((\\p{Lu}[\\p{L}-]*\\s*){1,3}(,|\\s+and|\\s+и)\\s+((in|at|в|во)\\s+)?)?$"));

	/**
	 * Round 15: "we met in the city of Minsk", «в городе Сочи»: a locative a few words
	 * longer than the cues' own.
	 */
	private static final Finder CITY_OF = Finder
		.of(Pattern.compile("(?iU)(\\b(in|at|to)\\s+the\\s+(city|town)\\s+of|(?<!\\p{L})(в|во)\\s+город[еа])\\s+$"));

	/**
	 * Round 15: a document named after a place ("the Rome Declaration", "the Minsk
	 * agreements", "Minsk Package of Measures").
	 */
	private static final Pattern DOCUMENT_NAMED = Pattern
		.compile("(?U)\\s+(Declaration|[Aa]greements?|[Aa]ccords?|Protocol|Package|Final Act|Treaty|Convention|Charter"
				+ "|Memorandum|Document)\\b");

	/**
	 * Round 15: a city that hosts the meeting as the subject ("Sochi hosted the first
	 * Russia-Africa summit", "Ulan Bator was the venue for its latest meeting", "Geneva
	 * will host the ... Conference", «Казань примет саммит»): the meeting is there when
	 * its word follows in the same clause.
	 */
	private static final Pattern HOSTS = Pattern
		.compile("(?iU)\\s+(hosted|hosts|will host|is hosting|has hosted|(was|is|will be|became) the venue (for|of)"
				+ "|принимал\\w*|примет|станет местом|стал\\w* местом|был\\w* местом)\\b[^.;,:]*");

	private static final int HOST_REACH = 90;

	/** Round 17: a place in the possessive ("Kiev's", "Moscow’s"). */
	private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");

	/** Round 15b: a place name followed by "Region": the region, not its city. */
	static final Pattern REGION = Pattern.compile("(?U)\\s+(Region|Territory|Oblast)\\b");

	/**
	 * Round 15: the next city of a list after a comma shares the first one's "in"
	 * ("exchanges of views in St Petersburg, Bregançon and other venues") when the list
	 * goes on after it, not "talks in Sochi, Kazan's mayor said".
	 */
	private static final Pattern LIST_GOES_ON = Pattern.compile("(?iU)\\s*(,|and\\b|or\\b|и\\b|или\\b)");

	private static final Finder LISTED_AFTER = Finder
		.of(Pattern.compile("(?U)(?<!\\p{L})(in|at|в|во)\\s+(\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*,\\s+$"));

	/** Whether a place of the sentence hosts a meeting the sentence names. */
	boolean hostsOne(SentenceFacts facts) {
		String text = facts.text();
		return facts.mentions()
			.stream()
			.anyMatch((m) -> m.type() == EntityType.PLACE
					&& hosts(text.substring(m.end(), Math.min(text.length(), m.end() + HOST_REACH))));
	}

	private boolean hosts(String after) {
		Matcher hosts = HOSTS.matcher(after);
		return hosts.lookingAt() && this.cues.meetingNoun().in(hosts.group());
	}

}
