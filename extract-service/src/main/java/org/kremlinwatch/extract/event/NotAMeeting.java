package org.kremlinwatch.extract.event;

import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

/**
 * Round 15b: meeting words that tell no meeting, found on the older pages users feed
 * (1999-2020) as much as in the labeled sets: a proposal "met with criticism", athletes
 * who "will meet" in a stadium, musicians who "visit St Petersburg" every winter, what a
 * country must do "to meet the challenges", and the "consultations shall be held" of a
 * treaty's or a law's text. They are blanked (same length, so offsets hold) before the
 * meeting cues are tried. The cues are written in lower case and tried on the lower-cased
 * text (cheaper than folding case), except the habitual visit, which case tells.
 */
final class NotAMeeting {

	private NotAMeeting() {
	}

	/**
	 * The group each pattern blanks, its cue; patterns of two alternatives name the
	 * second one's cue "cue2".
	 */
	private static final String[] CUE = { "cue", "cue2" };

	/**
	 * A reaction, not a meeting: "was met with criticism", "met with understanding",
	 * «встретило критику», «встречено с пониманием». Each pattern's {@code cue} group is
	 * the word blanked.
	 */
	private static final Finder REACTION = Finder
		.of(Patterns.lowerCaseWords("(?<cue>met with)(?=\\s+(\\w+\\s+){0,2}?(criticism|approval"
				+ "|disapproval|resistance|understanding|misunderstanding|support|opposition|scepticism|skepticism|hostility"
				+ "|enthusiasm|applause|silence|indifference|objections?|protests?|outrage|condemnation|acclaim|interest"
				+ "|suspicion|derision|dismay|delight|praise|caution|concern|alarm|surprise"
				+ "|a\\s+(\\w+\\s+)?(response|reaction|welcome|rebuff|reception))\\b)"));

	private static final Finder PASSIVE_MET = Finder
		.of(Patterns.lowerCaseWords("(was|were|been|being)\\s+(\\w+ly\\s+)?(?<cue>met with)"));

	private static final Finder REACTION_RU = Finder
		.of(Patterns.lowerCaseWords("(?<cue>встре(тил|тят|чен|чал|чаю|чае)\\w*)(?=\\s+(\\S+\\s+){0,2}"
				+ "(критик|одобрени|неодобрени|понимани|непонимани|сопротивлени|поддержк|враждебн|аплодисмент|энтузиазм"
				+ "|восторг|скептиц|протест|возражени|осуждени|настороженн|интерес)\\w*)"));

	/**
	 * Sport, not talks: "athletes who will meet in PyeongChang", "the teams meet in the
	 * final", «сборные встретятся в финале».
	 */
	private static final Finder SPORT = Finder
		.of(Patterns.lowerCaseWords("(athletes|sportsmen|sportswomen|sportspeople|teams|players"
				+ "|competitors|rivals|opponents|champions|skaters|wrestlers|boxers|fighters|paralympians|olympians"
				+ "|footballers|skiers|swimmers)(\\s+\\w+){0,3}?\\s+(?<cue>meet)"));

	private static final Finder SPORT_FINAL = Finder
		.of(Patterns.lowerCaseWords("(?<cue>meet(s|ing)?)(?=\\s+(\\w+\\s+){0,2}in\\s+the\\s+"
				+ "(final|semi-?finals?|quarter-?finals?|match|game|tournament|championship|ring|arena|stadium)\\b)"));

	private static final Finder SPORT_RU = Finder
		.of(Patterns.lowerCaseWords("(спортсмен|сборн|команд|соперник|атлет|хоккеист|футболист"
				+ "|шахматист|борц|боксёр|боксер)\\w*(\\s+\\S+){0,3}?\\s+(?<cue>встрет\\w*)"));

	/**
	 * Meeting something, not someone: "to meet the challenges", "meets the fundamental
	 * interests", "meet us halfway", "make ends meet".
	 */
	private static final Finder MEET_WHAT = Finder
		.of(Patterns.lowerCaseWords("(?<cue>meet(s|ing)?)(?=\\s+((the|our|their|its|these|those"
				+ "|all|such|his|her|your|my|this|that|any|every|a|us|them|you)\\s+)?(\\w+\\s+){0,2}(challenges?|needs"
				+ "|demands?|requirements?|standards?|targets?|goals?|expectations?|deadlines?|criteria|obligations?"
				+ "|conditions|commitments|costs?|interests?|threats?|tasks?|objectives?|aspirations|requests?|wishes"
				+ "|norms|quotas?|shortfalls?|halfway|half-way)\\b)"));

	private static final Finder ENDS_MEET = Finder.of(Patterns.lowerCaseWords("ends\\s+(?<cue>meet)"));

	/**
	 * Round 16: a ceremony held by video link, not a meeting: «Церемония … В ходе
	 * видеоконференции … дали команду к закладке», "the ceremony, held by
	 * videoconference" (LABELING.md, set 6). Only the videoconference word is blanked:
	 * talks told beside the ceremony still count.
	 */
	private static final Finder VIDEO_CEREMONY = Finder
		.of(Patterns.lowerCaseWords("(?<cue>video ?conferenc\\w*|видеоконференци\\w*)"));

	/**
	 * Round 17: a round of a contest, not of talks: "a qualification round at Sirius",
	 * "the second round of the olympiad", «отборочный тур» has its own word; "a new round
	 * of sanctions" is no meeting either.
	 */
	private static final Finder CONTEST_ROUND = Finder.of(Patterns.lowerCaseWords(
			"(qualif\\w+|qualifying|preliminary|elimination|knockout|play-?off|selection|voting|election)\\s+"
					+ "(?<cue>rounds?)(?!\\s+of\\b)|(?<cue2>rounds?)(?=\\s+of\\s+(the\\s+)?(\\w+\\s+)?(competition|contest"
					+ "|olympiad|tournament|championship|elections?|voting|sanctions|applications|selection)\\b)"));

	/**
	 * Round 18: a meeting only proposed (LABELING.md: "hypothetical or proposed meetings"
	 * are none): "suggested holding a meeting in the Kremlin ... on January 2", "proposed
	 * to hold talks", «предложил провести встречу». The meeting word is blanked; "the
	 * talks he proposed" after they took place is not this form.
	 */
	private static final Finder PROPOSED = Finder.of(Patterns.lowerCaseWords("(suggest|propos)(ed|es|e|ing|s)?\\s+"
			+ "(holding|to\\s+hold|convening|to\\s+convene)\\s+(\\w+\\s+){0,3}?(?<cue>meetings?|talks|negotiations"
			+ "|summits?|sessions?|consultations|conferences?)|предлож\\w*\\s+(провести|созвать|организовать)\\s+"
			+ "(\\S+\\s+){0,3}?(?<cue2>встреч\\w*|переговор\\w*|саммит\\w*|заседани\\w*|совещани\\w*"
			+ "|консультаци\\w*|конференци\\w*)"));

	/**
	 * A visit that is a habit told in the present, not an official one: "musicians visit
	 * St Petersburg", "tourists regularly visit Sochi" (a lower-case plural subject right
	 * before, and a capital after).
	 */
	private static final Finder HABITUAL_VISIT = Finder.of(Pattern.compile(
			"\\b(?!(?:this|his|its|hers|ours|yours|theirs|was|has|does|plus|thus|whose|always|perhaps|sometimes|days"
					+ "|months|years|weeks|times|guests)\\s)[a-z]{2,20}[^sui\\W']s(\\s+[a-z]{2,15}ly)?\\s+"
					+ "(?<cue>visit)(?=\\s+(the\\s+)?\\p{Lu})",
			Pattern.UNICODE_CHARACTER_CLASS));

	/**
	 * A treaty's or a law's rule, not an event: "consultations shall be held", «заседания
	 * проводятся не реже одного раза в год», «должны проводиться».
	 */
	private static final Finder NORMATIVE = Finder
		.of(Patterns.lowerCaseWords("shall|(должн\\w*|обязан\\w*)\\s+(быть\\s+)?"
				+ "(провод|проведен|созыва|созван)\\w*|(проводятся|проводится|созывается|созываются)\\s+(не реже|не чаще"
				+ "|по мере|ежегодно|ежеквартально|по просьбе|по требованию|по решению)"));

	private static final String[] NORMATIVE_WORDS = { "shall", "долж", "обязан", "проводятся", "проводится", "созыва" };

	/**
	 * Whether the sentence is a rule of a document ("shall be held") rather than news.
	 */
	static boolean normative(String lowerCaseText) {
		return Scans.containsAny(lowerCaseText, NORMATIVE_WORDS) && NORMATIVE.find(lowerCaseText);
	}

	/**
	 * The text with meeting words that tell no meeting blanked out, or the text itself
	 * when there are none. The cues are tried on the lower-cased text (cheaper than
	 * folding case), and only where their words occur.
	 */
	static String blank(String text, String lowerCaseText) {
		if (lowerCaseText.length() != text.length()) {
			// A letter whose lower case has another length: positions would not match.
			return text;
		}
		String result = text;
		if (lowerCaseText.contains("met with")) {
			result = REACTION.blanked(result, lowerCaseText, CUE);
			result = PASSIVE_MET.blanked(result, lowerCaseText, CUE);
		}
		if (Scans.containsAny(lowerCaseText, REACTION_RU_WORDS)) {
			result = REACTION_RU.blanked(result, lowerCaseText, CUE);
		}
		if (lowerCaseText.contains("встрет") && Scans.containsAny(lowerCaseText, SPORT_RU_WORDS)) {
			result = SPORT_RU.blanked(result, lowerCaseText, CUE);
		}
		if (lowerCaseText.contains("meet")) {
			if (Scans.containsAny(lowerCaseText, SPORT_WORDS)) {
				result = SPORT.blanked(result, lowerCaseText, CUE);
				result = SPORT_FINAL.blanked(result, lowerCaseText, CUE);
			}
			result = MEET_WHAT.blanked(result, lowerCaseText, CUE);
			result = ENDS_MEET.blanked(result, lowerCaseText, CUE);
		}
		if ((lowerCaseText.contains("ceremon") || lowerCaseText.contains("церемони"))
				&& (lowerCaseText.contains("conferenc") || lowerCaseText.contains("видеоконференци"))) {
			result = VIDEO_CEREMONY.blanked(result, lowerCaseText, CUE);
		}
		if (lowerCaseText.contains("round")) {
			result = CONTEST_ROUND.blanked(result, lowerCaseText, CUE);
		}
		if (Scans.containsAny(lowerCaseText, PROPOSED_WORDS)) {
			result = PROPOSED.blanked(result, lowerCaseText, CUE);
		}
		if (lowerCaseText.contains("s visit ") || lowerCaseText.contains("ly visit ")) {
			// Told by case (a lower-case subject, a capital after): tried on the text.
			result = HABITUAL_VISIT.blanked(result, text, CUE);
		}
		return result;
	}

	private static final String[] PROPOSED_WORDS = { "suggest", "propos", "предлож" };

	private static final String[] REACTION_RU_WORDS = { "встретил", "встретят", "встречен", "встречал", "встречаю",
			"встречае" };

	private static final String[] SPORT_RU_WORDS = { "спортсм", "сборн", "команд", "соперник", "атлет", "хоккеист",
			"футболист", "шахматист", "борц", "боксёр", "боксер" };

	private static final String[] SPORT_WORDS = { "athlet", "sport", "team", "player", "competitor", "rival",
			"opponent", "champion", "skater", "wrestler", "boxer", "fighter", "olympian", "footballer", "skier",
			"swimmer", "final", "match", "game", "tournament", "ring", "arena", "stadium" };

}
