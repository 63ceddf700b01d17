package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Patterns;

/**
 * The words that signal an event, per language. Kept in code rather than in the taxonomy
 * because the event rules around them (status, segments, dates) are code too.
 *
 * @param call a reported telephone conversation
 * @param meetingNoun talks, meeting, summit, negotiations, visit, session...
 * @param announced the meeting lies ahead ("will be held", «состоится»)
 * @param held the meeting took place ("held talks", «провёл»)
 * @param meetingVerb a verb that names a meeting by itself ("will meet", "met with")
 * @param datedMeetingVerb an infinitive or a verb of coming that names a meeting when the
 * sentence gives its day ("agreed to meet on May 9", «условлено встретиться 9 мая», "is
 * coming tomorrow")
 * @param warning an official warns, threatens a response, names a grave mistake or a red
 * line
 * @param titleMeeting a headline that names the meeting the release reports ("Meeting
 * with ...", "Russian-Greek talks", «Российско-китайские переговоры»)
 * @param locative a preposition that puts a meeting in a place ("in", «в»), at the end of
 * the text before the place
 * @param scan the needles of the cues a sentence is tried against (the language's
 * consequence cue among them), found in one pass
 */
record Cues(Cue call, Cue meetingNoun, Cue announced, Cue held, Cue meetingVerb, Cue datedMeetingVerb, Cue warning,
		Pattern titleMeeting, Pattern locative, CueScan scan) {

	/**
	 * The cues of a language, with one scan for those a sentence is tried against, its
	 * consequence cue too.
	 */
	Cues(Lang lang, Cue call, Cue meetingNoun, Cue announced, Cue held, Cue meetingVerb, Cue datedMeetingVerb,
			Cue warning, Pattern titleMeeting, Pattern locative) {
		this(call, meetingNoun, announced, held, meetingVerb, datedMeetingVerb, warning, titleMeeting, locative,
				new CueScan(List.of(call, meetingNoun, announced, held, meetingVerb, datedMeetingVerb, warning,
						OthersStepJudged.consequence(lang))));
	}

	private static final Cues EN = new Cues(Lang.en, Cue.of("(tele)?phone (conversation|call|talk)s?"
			// "their recent contacts over the telephone"
			+ "|contacts? (by|over the) (tele)?phone"
			// "Mr Draghi and I have spoken on the telephone several times", "I have
			// discussed this with you several times both in person and by telephone"
			+ "|(spoke|spoken|talked|told|discussed|informed|assured|agreed|conferred|called|phoned)"
			+ " (\\w+ ){0,9}(by|on the|over the) (tele)?phone"
			// a call received: "I got a call from President Obama"
			+ "|(got|received|had|took) (a|an|the) (\\w+ )?call from"
			// "The President phoned Anna Belova": a call made
			+ "|(tele)?phoned", "phone", "call from"),
			Cue.of("talks|meetings?|summits?|negotiations|negotiating (round|tracks?)|visit|session|rounds?"
					// a news conference is no meeting (LABELING.md)
					+ "|consultations|(?<!(news|press) )conference|round of (talks|negotiations|consultations)"
					// round 16: "During a videoconference on June 28", "held a
					// videoconference on air transport": the meeting itself, not the
					// format of another one ("via videoconference") nor a ceremony
					+ "|(?<!(via|by|through) )(?<!(via|by|through) a )video ?conference(?! ceremony)", "talks",
					"meeting", "summit", "negotiat", "visit", "session", "consultations", "conference", "round"),
			Cue.of("will (\\w+ ){0,2}(be held|take place|meet|hold|have talks|visit|travel|take part|participate|attend|come|arrive|host)"
					+ "|would (\\w+ ){0,2}(be held|take place)|(is|are) (scheduled|planned|expected|due|set)"
					+ "|(is|are) (\\w+ )?to (be held|take place|meet)|to be held|upcoming|forthcoming|next round|(is|are) coming"
					// round 15b: "I await our next meeting in Madrid", "look forward to
					// meeting you in Rome"
					+ "|(await|awaiting|look forward to|looking forward to) (\\w+ ){0,3}(meetings?|talks|visit|summit|session|seeing|meeting)"
					+ "|next (meeting|summit|visit|session)", "will", "would", "scheduled", "planned", "expected",
					"due", "set", "to be held", "to take place", "to meet", "upcoming", "forthcoming", "next round",
					"coming", "host", "await", "forward to", "next "),
			Cue.of("held (\\w+ ){0,2}(talks|meetings?|negotiations|consultations|session)|met with"
					+ "|(took|had taken) place|(was|were) held|had (\\w+ ){0,2}(talks|meetings?)|visited|hosted"
					+ "|took part in|participated in|attended(?! by)|held|recent(ly)?|latest|last week|the day before|results of"
					+ "|outcome of|following (up on )?(the|their)|follow-up to|in the wake of"
					// round 15: "another round of talks ... that concluded today in
					// Istanbul" (not "concluded that", "concluded a contract")
					+ "|concluded(?!\\s+(that|an?|the)\\b)", "held", "met with", "place", "had", "visited", "hosted",
					"took part", "participated", "attended", "recent", "latest", "last week", "the day before",
					"results of", "outcome of", "following", "follow-up", "in the wake of", "concluded"),
			Cue.of("will (\\w+ )?meet (with|on|in)|met with|met (in|at|here)|meets with|(held|hold|holds) talks"
					+ "|will (\\w+ )?visit", "meet", "met with", "met ", "talks", "visit"),
			Cue.of("to meet|(is|are) coming (here|tomorrow|to)|will (\\w+ )?come here|will be here"
					+ "|will (\\w+ )?arrive (here|in|to)", "meet", "coming", "come", "arrive", "here"),
			WarningCues.EN,
			// a joint news conference or press statements follow talks held that day
			Patterns.words("(\\w+[- ]){0,2}(working )?(meetings?|talks|negotiations|summit|session|conversation)\\b.*"
					// round 15b: "The 6th Russian-German inter-governmental consultations
					// took place in Yekaterinburg"
					+ "|(\\S+ ){0,5}(meeting|talks|negotiations|summit|session|consultations) (took place|(was|were) held)\\b.*"
					+ "|(joint )?(news|press) conference (with|following) .*"
					+ "|(joint )?(statements|remarks) (for|to) the (press|media) (following|with|after) .*"
					+ "|(joint )?press statements (following|with|after) .*"
					// round 15: "Statements following Russian-Myanmar talks"
					+ "|(joint )?statements following (\\S+ ){0,2}(talks|negotiations|meeting)\\b.*"),
			Pattern.compile("(?:\\b(?:in|at|to|and|visit|visits|visited|visiting)\\s+(?:the\\s+)?)$",
					Pattern.CASE_INSENSITIVE));

	private static final Cues RU = new Cues(Lang.ru,
			Cue.of("телефонн\\w+ (разговор\\w*|переговор\\w*|беседы|беседа|контакт\\w*|звон\\w+)|по телефону"
					// «созвонились», «созвонился с ...»: a call that took place (the
					// infinitive of «договорились созвониться» is a call ahead)
					+ "|созвонил(ся|ись|ась)", "телефон", "созвонил"),
			Cue.of("переговор\\w*|встреч\\w*|саммит\\w*|визит\\w*|заседани\\w*|консультаци\\w*|совещани\\w*"
					+ "|сесси\\w*|(?<!пресс-)конференци\\w*|раунд\\w*"
					// round 16: «в ходе видеоконференции 28 июня», not the format of
					// another meeting («в режиме видеоконференции», «в формате
					// видеоконференции»)
					+ "|(?<!(режиме|формате|посредством) )видеоконференци\\w*", "переговор", "встреч", "саммит",
					"визит", "заседани", "консультаци", "совещани", "сесси", "конференци", "раунд"),
			Cue.of("состо(и|я)тся|пройд[её]т|пройдут|будут? (\\w+ )?проведен\\w*|провед[её]т|проведут"
					+ "|запланирован\\w*|предстоящ\\w+|намечен\\w*|планиру\\w+|встрет(и|я)тся|посетит"
					+ "|примет участие|примут участие"
					// round 15: «Казань примет саммит»
					+ "|примет"
					// round 15b: «жду нашей следующей встречи в Мадриде»
					+ "|жд(у|ём|ем) (\\S+ ){0,2}(встреч|визит|переговор|саммит)\\w*|следующ\\w+ (встреч|саммит|визит|заседани)\\w*",
					"состо", "пройд", "провед", "запланирован", "предстоящ", "намечен", "планиру", "встрет", "посетит",
					"участие", "примет", "жду", "ждём", "ждем", "следующ"),
			Cue.of("пров[её]л|провели|провела|состоял(ся|ась|ись|ось)|прош(ёл|ел|ла|ли|ло)|встретил(ся|ись)"
					+ "|посетил\\w*|принял\\w? участие|недавн\\w+|прошедш\\w+|проходивш\\w+|проходящ\\w+|состоявш\\w+"
					+ "|итог\\w*|в ходе|прош(ёл|ел|ла|ли|ло)|накануне|завершил(ся|ись|ась|ось)", "провёл", "провел",
					"состоя", "прош", "встретил", "посетил", "участие", "недавн", "проход", "итог", "в ходе",
					"накануне", "завершил"),
			Cue.of("встрет(и|я)тся|встретил(ся|ись)|пров[её]л переговоры|провед(ё|е)т переговоры"
					+ "|проведут переговоры|посетит|посетил", "встрет", "переговоры", "посети"),
			Cue.of("встретиться|провести (переговоры|встречу)", "встретиться", "провести"), WarningCues.RU,
			Patterns.words("(\\S+ )?(рабоч\\w+ )?(встреча|переговоры|совещание|саммит|заседание|беседа)\\b.*"
					+ "|(совместн\\w+ )?пресс-конференци\\w+ (с|по итогам) .*"
					+ "|(.* )?(сделали |сделал )?заявлени\\w+ для (прессы|СМИ|средств массовой информации)\\b.*"
					// round 15: «Заявления по итогам российско-мьянманских переговоров»
					+ "|(совместн\\w+ )?заявлени\\w+ по итогам (\\S+ ){0,2}(переговоров|встречи|саммита)\\b.*"),
			// Case-insensitive: a sentence can open with the place («В Санкт-Петербурге
			// Владимир Путин провёл ...»).
			Pattern.compile("(?:(?<![\\p{L}])(?:в|во|на|и|посетит|посетил|посетят|посетили)\\s+)$",
					Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE));

	static Cues of(Lang lang) {
		return (lang == Lang.en) ? EN : RU;
	}

	/** The needles of the sentence cues in a sentence, lower-cased. */
	CueScan.Hits hits(String lowerCaseText) {
		return this.scan.in(lowerCaseText);
	}

	boolean any(Cue cue, String sentence) {
		return cue.in(sentence);
	}

}
