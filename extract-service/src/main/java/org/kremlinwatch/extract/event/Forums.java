package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Scans;

/**
 * Forums a sentence refers to (LABELING.md, sets 7 and 8): one named by its city ("the St
 * Petersburg International Economic Forum", «Петербургский экономический форум», SPIEF)
 * or put in one ("the Eastern Economic Forum, which will be held in Vladivostok», «форума
 * в Питере») is a meeting there, its day untold unless the sentence gives it; "today's
 * forum" («сегодняшнего форума») or a dated one without a city is a meeting of that day
 * with no place. A forum word alone ("a forum for dialogue") is none.
 */
final class Forums {

	/**
	 * The forum's own word; SPIEF and ПМЭФ are St Petersburg's in the gazetteer. Round
	 * 15: a congress («съезд», «конгресс») is told like a forum ("the International
	 * Mathematics Congress to be held in St Petersburg", "a similar congress was held in
	 * Moscow"); not the US Congress, nor «съездить» (to go).
	 */
	private static final Finder FORUM = Finder.of(Pattern
		.compile("(?U)\\b([Ff]orums?|[Фф]орум\\w*|SPIEF|ПМЭФ|(?<!(US|U\\.S\\.|American|States) )[Cc]ongress(es)?"
				+ "|[Сс]ъезд(а|е|у|ом|ы|ов|ам|ами|ах)?|[Кк]онгресс\\w*(?!\\s+США))\\b"));

	/**
	 * The words between a city and its forum's word: capitalised words of a name
	 * ("International Economic"), Russian adjectives («экономического», «международный»)
	 * or an ordinal, nothing else (no comma, no verb).
	 */
	private static final Pattern NAME_GAP = Pattern.compile(
			"(?U)(\\s+(\\p{Lu}[\\p{L}-]*|\\d+\\w*|[\\p{L}-]+(ого|его|ому|ему|ом|ем|ий|ый|ой|ая|яя|ую|юю|ым|им|ых|их|ое|ее|ые|ие)))"
					+ "{0,4}\\s+");

	/**
	 * What may stand between a forum and the city it is in: its quoted name, "which will
	 * be held", «который пройдёт», no sentence break.
	 */
	private static final int IN_REACH = 60;

	/**
	 * A comma that goes on to another item of a list ("the St Petersburg and Eastern
	 * forums, the INNOPROM expo in Yekaterinburg"), not to the forum's own clause (",
	 * which will be held in", ", held in", «, который пройдёт в»).
	 */
	private static final Finder LISTED = Finder.of(Pattern.compile(
			"(?iU),(?!\\s*(which|that|held|to be held|taking place|((now|currently)\\s+)?underway|котор\\w+|проходящ\\w+"
					+ "|проводим\\w+))"));

	/** The forum's own holding told right after it. */
	private static final Pattern HELD_IN = Pattern.compile(
			"(?iU)^[^.;]*?\\b(will be held|to be held|is held|held|will take place|takes place|пройд[её]т|состоится|проходит|проводится)\\s+(\\w+\\s+){0,2}(in|в)\\s");

	/** "today's forum", «сегодняшнего форума»: the forum of the publication day. */
	private static final Finder TODAY = Finder
		.of(Pattern.compile("(?iU)\\b(today['’]s|сегодняшн\\w+)\\s+(\\p{L}+\\s+){0,3}$"));

	private static final Pattern NOW_UNDERWAY = Pattern
		.compile("(?iU)[^.;]*?\\b((now|currently)\\s+(underway|under way|taking place)"
				// round 15b: "The ... Youth Forum is taking place in Vladivostok"
				+ "|(is|are)\\s+(now\\s+|currently\\s+)?(taking place|being held))\\s+(in|at)\\s");

	/** How far before a forum without a city the day its attendance is told can be. */
	private static final int DATE_REACH = 80;

	/** How far after a city's forum its own day can be. */
	private static final int PLACED_DATE_REACH = 30;

	/** The President's attendance that dates a forum without a city. */
	private static final Finder ATTENDING = Finder.of(Pattern.compile(
			"(?iU)\\b(attend\\w*|took part|taking part|participat\\w*|visit\\w*|принял\\w* участие|принимая участие|посетил\\w*|посещая)\\b"));

	/**
	 * Round 19: a clause of the forum's that dates it: "the 19th Congress, which he
	 * delivered two days ago" (LABELING.md, set 12), «форума, который прошёл неделю
	 * назад». Up to three words between, no sentence break.
	 */
	private static final Pattern WHICH_THEN = Pattern
		.compile("(?iU)^,?\\s+(which|that|где|котор\\w+)\\s+([\\p{L}-]+\\s+){0,3}$");

	/**
	 * A forum invited to, hoped for, habitual or conditional is no specific meeting
	 * ("invited him to take part in the forum", "is always widely represented at").
	 */
	private static final Finder NOT_ONE = Finder.of(Pattern.compile(
			"(?iU)\\b(invit\\w*|hope\\w*|always|regular\\w*|every year|traditionally|next time|could|would|might|if"
					+ "|пригла\\w*|надеюсь|надеемся|всегда|регулярно|ежегодно|традиционно|если|бы)\\b"));

	/**
	 * Whether the words between a forum and a date tell the forum's own holding in a
	 * place ("is taking place in the Kaluga Region", «пройдёт в Калужской области»), not
	 * another meeting's.
	 */
	private static boolean heldThere(String between) {
		return (NOW_UNDERWAY.matcher(between).lookingAt() || HELD_IN.matcher(between).lookingAt())
				&& between.indexOf('.') < 0 && between.indexOf(';') < 0;
	}

	private Forums() {
	}

	/** Whether a headline names a forum: its "today's forum" is the release's meeting. */
	static boolean named(String headline) {
		return FORUM.find(headline);
	}

	/** Words one of which every {@link #FORUM} match holds, lower-cased. */
	private static final String[] FORUM_WORDS = { "forum", "форум", "spief", "пмэф", "congress", "съезд", "конгресс" };

	/**
	 * The forums of a sentence that {@code found} (its other meetings) does not already
	 * tell at their place.
	 */
	static List<ExtractedEvent> find(Cues cues, LocalDate published, SentenceFacts facts, List<ExtractedEvent> found) {
		String lower = facts.lowerCase();
		if (!Scans.containsAny(lower, FORUM_WORDS)) {
			return List.of();
		}
		String text = facts.text();
		boolean notOne = NOT_ONE.find(text);
		List<ExtractedEvent> forums = new ArrayList<>();
		Finder.Matches words = FORUM.in(text);
		while (words.find()) {
			Matcher forum = words.matcher();
			// "invite ... to the Eastern Economic Forum, which will be held in
			// Vladivostok": a forum the sentence says is held is one, whoever is invited.
			if (notOne && !HELD_IN.matcher(text.substring(forum.end(), Math.min(text.length(), forum.end() + IN_REACH)))
				.find()) {
				continue;
			}
			String place = place(cues, facts, forum);
			LocalDate day = day(cues, published, facts, forum, place != null);
			if (place == null && day == null) {
				continue;
			}
			String where = place;
			LocalDate when = day;
			if (found.stream()
				.anyMatch((m) -> java.util.Objects.equals(m.place(), where)
						&& (m.dateStart() == null || m.dateStart().equals(when) || when == null))
					|| forums.stream()
						.anyMatch((m) -> java.util.Objects.equals(m.place(), where)
								&& java.util.Objects.equals(m.dateStart(), when))) {
				continue;
			}
			EventStatus status = (cues.announced().in(text, lower) || (day != null && day.isAfter(published)))
					? EventStatus.ANNOUNCED : EventStatus.HELD;
			String summary = "Forum" + ((place != null) ? " in " + place : "") + ((day != null) ? " on " + day : "");
			forums.add(new ExtractedEvent(EventType.MEETING, status, day, day, place, List.of(), null, summary,
					facts.evidence()));
		}
		return forums;
	}

	/**
	 * The city that names the forum, is the forum (SPIEF) or that it is said to be in.
	 */
	private static String place(Cues cues, SentenceFacts facts, Matcher forum) {
		String text = facts.text();
		Mention after = null;
		for (Mention mention : facts.mentions()) {
			if (mention.type() != EntityType.PLACE) {
				continue;
			}
			if (mention.start() == forum.start()) {
				return mention.name();
			}
			if (mention.end() <= forum.start()
					&& NAME_GAP.matcher(text.substring(mention.end(), forum.start())).matches()) {
				return mention.name();
			}
			if (after == null && mention.start() >= forum.end() && mention.start() - forum.end() <= IN_REACH) {
				after = mention;
			}
		}
		if (after == null) {
			return null;
		}
		String between = text.substring(forum.end(), after.start());
		// "the forum, and then the talks in Moscow": the city is another meeting's.
		if (between.indexOf('.') >= 0 || between.indexOf(';') >= 0 || cues.meetingNoun().in(between)
				|| cues.meetingVerb().in(between) || LISTED.find(between)) {
			return null;
		}
		int from = Math.max(0, after.start() - 12);
		// Round 15b: "in the Kaluga Region" is a region, not the city.
		return (cues.locative().matcher(text.substring(from, after.start())).find()
				&& !MeetingPlaces.REGION.matcher(text.substring(after.end())).lookingAt()) ? after.name() : null;
	}

	/**
	 * "today's forum" is the publication day's; a forum the sentence dates ("On December
	 * 5, while attending the ... Forum") is that day's; else its day is untold.
	 */
	private static LocalDate day(Cues cues, LocalDate published, SentenceFacts facts, Matcher forum, boolean placed) {
		String text = facts.text();
		if (TODAY.find(text.substring(Math.max(0, forum.start() - 50), forum.start()))) {
			return published;
		}
		// Round 19: "the 1st Congress of ..., now underway in Yakutsk" has the city
		// and no day (LABELING.md, sets 10 and 13: a forum with a city only), though
		// it is going on as the release is published; round 15 dated it to that day.
		// Its days, when the clause gives them ("is taking place in Vladivostok on
		// August 22 - 29"), are its own.
		Matcher underway = NOW_UNDERWAY.matcher(text)
			.region(forum.end(), Math.min(text.length(), forum.end() + IN_REACH));
		if (placed && underway.lookingAt()) {
			for (DateMention date : facts.dates()) {
				if (date.resolved() && date.start() >= underway.end()
						&& date.start() - underway.end() <= PLACED_DATE_REACH
						&& text.substring(underway.end(), date.start()).indexOf('.') < 0) {
					return date.from();
				}
			}
			return null;
		}
		for (DateMention date : facts.dates()) {
			if (!date.resolved()) {
				continue;
			}
			if (placed && date.start() >= forum.end() && date.start() - forum.end() <= PLACED_DATE_REACH
					&& !cues.meetingNoun().in(text.substring(forum.end(), date.start()))) {
				// "the St Petersburg International Economic Forum on June 17".
				return date.from();
			}
			if (!placed && date.start() >= forum.end() && date.start() - forum.end() <= IN_REACH) {
				String between = text.substring(forum.end(), date.start());
				// Round 19: a clause of the forum's that dates it ("which he
				// delivered two days ago"). Round 18: "The Rubezh Youth Forum is
				// taking place in the Kaluga Region on August 21-28": its own holding
				// in a region (no city) with its days.
				if ((WHICH_THEN.matcher(between).matches() && date.to().isBefore(published)) || heldThere(between)) {
					return date.from();
				}
			}
			if (!placed && date.end() <= forum.start() && forum.start() - date.end() <= DATE_REACH
					&& ATTENDING.find(text.substring(date.end(), forum.start()))
					&& !cues.meetingNoun().in(text.substring(date.end(), forum.start()))) {
				// "On December 5, while attending the International Volunteer Forum".
				return date.from();
			}
		}
		return null;
	}

}
