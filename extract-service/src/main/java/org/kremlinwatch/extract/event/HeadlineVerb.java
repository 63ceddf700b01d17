package org.kremlinwatch.extract.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.Lang;

/**
 * Round 18: a headline that tells the release's own meeting as a sentence in the past
 * tense, the site's older style ("President Vladimir Putin met with ...", "Vladimir Putin
 * had negotiations with ...", "Acting President ... visited the Voronezh Region",
 * «Владимир Путин провёл переговоры с ...»), where today's headline is a noun ("Meeting
 * with ..."). Like the noun headline it reports a meeting held on the publication day.
 */
final class HeadlineVerb {

	/**
	 * A headline's subject: capitalised words, a title and a name ("Acting President and
	 * Prime Minister Vladimir Putin", "Vladimir Putin and Viktor Yushchenko").
	 */
	private static final String EN_SUBJECT = "(?:(?:\\p{Lu}[\\p{L}.’'-]*+|and|of|the) ){1,10}+";

	private static final String RU_SUBJECT = "(?:(?:\\p{Lu}[\\p{L}.-]*+|и) ){1,10}+";

	/**
	 * A subject ({@link #EN_SUBJECT}) right before a verb that is a meeting by itself.
	 * Not a call ("had a telephone conversation") and not the future or a day ("On May 9,
	 * ... will meet", told by the announced rule).
	 */
	private static final Pattern EN = Pattern.compile("(?U)" + EN_SUBJECT
			+ "(?:(?:met|meets|has met) with|(?:had|held|has held) (?:a |an )?(?!(?:tele)?phone)(?:[\\p{L}-]+ ){0,2}?"
			+ "(?:talks|negotiations|meetings?|consultations)\\b|(visited) (?:the )?)");

	private static final Pattern RU = Pattern
		.compile("(?U)" + RU_SUBJECT + "(?:встретил(?:ся|ась|ись) с|пров[её]л(?:и|а)? (?:[\\p{L}-]+ ){0,2}?"
				+ "(?:переговоры|встречу|встречи|консультации)\\b|(посетил(?:и|а)?) )");

	/**
	 * What follows a place a visit names, if the visit is to that place and not to a site
	 * named after it ("the Voronezh Region", "Kazan," not "the Voronezh Aircraft
	 * Construction Company").
	 */
	private static final Pattern PLACE_END = Pattern
		.compile("(?U)(\\s+(Region|Territory|Oblast|Republic|област\\w*|кра\\w*))?\\s*([,;:(]|$|\\p{Ll})");

	/**
	 * A headline that tells what was done that day in the past tense, whatever the deed
	 * ("Vladimir Putin and Viktor Yushchenko signed a Statement ...", «Владимир Путин
	 * вручил ...»): the release reports the day's events.
	 */
	private static final Pattern EN_PAST = Pattern.compile(
			"(?U)" + EN_SUBJECT + "(?:\\p{Ll}+ed|took|made|gave|met|held|had|went|came|began|led|paid|laid|spoke)\\b");

	private static final Pattern RU_PAST = Pattern
		.compile("(?U)" + RU_SUBJECT + "\\p{Ll}+(?:л|ла|ли|лся|лась|лись)\\b");

	private HeadlineVerb() {
	}

	/** Whether the headline reports its release's meeting with a verb. */
	static boolean reports(Lang lang, SentenceFacts headline) {
		String text = headline.text();
		Matcher verb = ((lang == Lang.en) ? EN : RU).matcher(text);
		if (!verb.lookingAt()) {
			return false;
		}
		if (verb.group(1) == null) {
			return true;
		}
		// A visit is a meeting when it is to a city or a region, not to a site ("visited
		// the Aircraft Construction Company", «посетил атомный подводный крейсер»).
		return headline.mentions()
			.stream()
			.anyMatch((m) -> m.type() == EntityType.PLACE && m.start() == verb.end()
					&& PLACE_END.matcher(text).region(m.end(), text.length()).lookingAt());
	}

	/**
	 * Whether the headline tells the day's deed in the past tense (see {@link #EN_PAST}).
	 */
	static boolean pastAccount(Lang lang, SentenceFacts headline) {
		return ((lang == Lang.en) ? EN_PAST : RU_PAST).matcher(headline.text()).lookingAt();
	}

}
