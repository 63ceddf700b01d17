package org.kremlinwatch.extract.event;

import java.util.regex.Pattern;

import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

/**
 * A call's words that report no call held: one still ahead ("agreed to talk by phone"),
 * one asked about ("did you have a telephone conversation yet?"), calls of others with
 * their unnamed colleagues. LABELING.md counts none of them, so {@link CallRule} checks
 * these before it looks for the call's parties.
 */
final class UntoldCalls {

	/**
	 * Calls of others with their own counterparts: "who talked over the phone with their
	 * Russian colleagues", «созванивались со своими коллегами».
	 */
	private static final Pattern OTHERS_COLLEAGUES = Pattern.compile(
			"(?iuU)^[^.;]{0,60}?\\b(with|со?) (\\w+ ){0,3}(their|своими|своим) (\\w+ ){0,2}(colleagues|counterparts|partners|коллегами|партн[её]рами)\\b");

	/** A call still to come: a future, a plan or an intention to talk. */
	private static final Pattern CALL_AHEAD = Pattern
		.compile("(?iuU)\\b(will|would|shall|going to|(agreed|plan|plans|planned|intend|intends|want|wants) to)"
				+ " (\\w+ ){0,2}(speak|talk|call|phone|have (a|another) (tele)?phone (conversation|call|talk))\\b"
				+ "|\\b(договорил\\w+|условил\\w+|планиру\\w+|собира\\w+|намерен\\w*|хотим|хочу|будем)"
				+ " (\\w+ ){0,2}(созвониться|поговорить|переговорить|провести телефонн\\w+ разговор|говорить по телефону)\\b"
				+ "|\\bсозвонимся\\b"
				// «сегодня у Вас очень важный телефонный разговор»: one the addressee is
				// to have («у нас был телефонный разговор» took place)
				+ "|\\bу (вас|тебя|нас|него|неё|них) ((?!был|состоял)\\w+ ){0,3}телефонн\\w+ разговор");

	/**
	 * A question whether a call took place ("did you have a telephone conversation yet
	 * ...?"): no call is reported.
	 */
	private static final Finder CALL_ASKED = Finder.of(Pattern.compile(
			"(?iuU)\\b(did|have|has|do|does) (you|he|she|they) (\\w+ ){0,2}$|\\b(был|была|было|были) ли (\\w+ ){0,3}$"));

	private UntoldCalls() {
	}

	/**
	 * Whether the call's words at {@code cueAt} are calls of others with their own,
	 * unnamed counterparts ("officials who talked over the phone with their Russian
	 * colleagues").
	 */
	static boolean withTheirColleagues(String sentence, int cueAt) {
		return Patterns.after(OTHERS_COLLEAGUES, sentence, cueAt).find();
	}

	/**
	 * Whether the call's words tell a call ahead: a future or an intention right before
	 * or inside them ("will speak on the telephone", "agreed to talk by phone",
	 * «договорились созвониться», «созвонимся»).
	 */
	static boolean ahead(String sentence, int cueAt) {
		if (cueAt >= sentence.length()) {
			return false;
		}
		int from = Math.max(0, cueAt - 40);
		int to = Math.min(sentence.length(), cueAt + 80);
		return CALL_AHEAD.matcher(sentence).region(from, to).find();
	}

	/** Whether the call's words are asked about in a question ("did you have ...?"). */
	static boolean asked(String sentence, int cueAt) {
		return sentence.stripTrailing().endsWith("?") && cueAt <= sentence.length()
				&& CALL_ASKED.find(sentence.substring(Math.max(0, cueAt - 40), cueAt));
	}

}
