package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.function.Predicate;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

/**
 * Meetings in a sentence. One sentence can announce several ("talks in Geneva on January
 * 9–10, followed by a Russia–NATO Council meeting in Brussels on January 12"), so a
 * sentence with several dates is cut after each date and every piece gets the place and
 * participants named in it.
 */
final class MeetingRule {

	private final Cues cues;

	private final MeetingPlaces places;

	private final LocalDate published;

	private final String dateline;

	MeetingRule(Cues cues, LocalDate published, String dateline) {
		this.cues = cues;
		this.places = new MeetingPlaces(cues);
		this.published = published;
		this.dateline = dateline;
	}

	/**
	 * The meetings of a sentence, its cues matched against {@code text}: the sentence or
	 * a copy with parts blanked out.
	 * @param sentenceHits the cue needles of {@code sentenceText}, or {@code null} to
	 * scan for them
	 */
	List<ExtractedEvent> apply(SentenceFacts sentenceFacts, String sentenceText, String sentenceLowerCase,
			CueScan.Hits sentenceHits) {
		String text = sentenceText;
		CueScan.Hits hits = sentenceHits;
		String lowerCaseText = sentenceLowerCase;
		boolean noun = this.cues.meetingNoun().in(text, lowerCaseText, hits);
		boolean verb = this.cues.meetingVerb().in(text, lowerCaseText, hits);
		boolean infinitive = this.cues.datedMeetingVerb().in(text, lowerCaseText, hits);
		// "we reached certain agreements in Istanbul", "discussions in Glasgow": talks
		// told by what was said or agreed there, without a meeting word.
		boolean exchange = MeetingPlaces.exchangeAtPlace(sentenceFacts, text);
		if (!noun && !verb && !infinitive && !exchange) {
			return List.of();
		}
		// Round 15b: a treaty's "consultations shall be held" is a rule, not an event;
		// "met with criticism", athletes who "will meet", "to meet the challenges" and
		// musicians who "visit St Petersburg" tell no meeting.
		if (NotAMeeting.normative(lowerCaseText)) {
			return List.of();
		}
		String cleared = NotAMeeting.blank(text, lowerCaseText);
		if (!cleared.equals(text)) {
			text = cleared;
			hits = null;
			lowerCaseText = cleared.toLowerCase(java.util.Locale.ROOT);
			noun = this.cues.meetingNoun().in(text, lowerCaseText);
			verb = this.cues.meetingVerb().in(text, lowerCaseText);
			infinitive = this.cues.datedMeetingVerb().in(text, lowerCaseText);
			if (!noun && !verb && !infinitive && !exchange) {
				return List.of();
			}
		}
		// "since taking office on March 19", "the anniversary of the November 9
		// Statement": dates of something else than a meeting. Round 19: "To begin the
		// meeting, ...: just a week ago, we celebrated Africa Day": a fixed offset back
		// dates only a meeting told in its own clause.
		SentenceFacts facts = sentenceFacts;
		Predicate<DateMention> elsewhere = (d) -> otherEvent(sentenceFacts.text(), d)
				|| agoElsewhere(sentenceFacts.text(), d);
		if (sentenceFacts.dates().stream().anyMatch(elsewhere)) {
			facts = new SentenceFacts(facts.sentence(), facts.mentions(),
					facts.dates().stream().filter(elsewhere.negate()).toList());
		}
		// «совещания, состоявшегося 26 июня» in an April release: a day without a year
		// that a past verb tells lies in the year before, not in the coming June.
		if (facts.dates().stream().anyMatch((d) -> d.resolved() && d.from().isAfter(this.published)) && PAST.find(text)
				&& !this.cues.announced().in(text, lowerCaseText, hits)) {
			String sentence = facts.text();
			facts = new SentenceFacts(facts.sentence(), facts.mentions(), facts.dates()
				.stream()
				.map((d) -> (d.resolved() && d.from().isAfter(this.published)
						&& !YEAR.find(sentence.substring(d.start(), d.end())))
								? new DateMention(d.start(), d.end(), d.from().minusYears(1), d.to().minusYears(1)) : d)
				.toList());
		}
		// "agreed to meet on May 9 in Moscow": an infinitive names a meeting when dated;
		// "the opportunity to meet with you today" is the meeting the release reports.
		verb = verb || (infinitive
				&& facts.dates().stream().anyMatch((d) -> d.resolved() && !d.from().equals(this.published)));
		if (!noun && !verb && !exchange) {
			// Neither a meeting word nor a meeting verb: no meeting, whatever the tense.
			return List.of();
		}
		boolean held = this.cues.held().in(text, lowerCaseText, hits);
		// "agreed on talks in Geneva on January 9–10": a meeting word with a date still
		// ahead is an announcement even without a future tense.
		boolean announced = this.cues.announced().in(text, lowerCaseText, hits) || (noun && !held
				&& facts.dates().stream().anyMatch((d) -> d.resolved() && d.from().isAfter(this.published)));
		// "the trilateral meeting in Sochi on November 26" in a December release: a
		// meeting word with a date behind publication reports a meeting that took place.
		held = held || (noun && facts.dates().stream().anyMatch((d) -> d.resolved() && d.to().isBefore(this.published)))
				|| (noun && !announced && PastPeriod.in(text, this.published))
				|| (noun && !announced && this.places.meetingAtPlace(facts, text) && !HYPOTHETICAL.find(text))
				// «Сегодня у нас было заседание», "our talks today were constructive": a
				// meeting of the publication day told in the past tense took place.
				|| (noun && !announced
						&& facts.dates().stream().anyMatch((d) -> d.resolved() && d.from().equals(this.published))
						&& TODAY_PAST.find(text))
				|| (exchange && !announced && !HYPOTHETICAL.find(text))
				// Round 15: «Казань принимала саммит»: a city that hosted the meeting.
				|| (noun && !announced && this.places.hostsOne(facts));
		if (!verb && !((noun || exchange) && (announced || held))) {
			return List.of();
		}
		EventStatus status = announced ? EventStatus.ANNOUNCED : EventStatus.HELD;
		List<ExtractedEvent> meetings = new ArrayList<>();
		for (Piece piece : pieces(facts)) {
			meetings.add(meeting(status, piece, facts));
		}
		return meetings;
	}

	private List<Piece> pieces(SentenceFacts facts) {
		List<DateMention> dates = facts.dates();
		List<Piece> pieces = new ArrayList<>();
		Piece pending = null;
		int from = 0;
		for (int i = 0; i < dates.size(); i++) {
			int to = (i == dates.size() - 1) ? facts.text().length() : dates.get(i).end();
			Piece piece = (pending != null)
					? new Piece(pending.from(), to, nearer(facts.text(), pending.date(), dates.get(i)))
					: new Piece(from, to, dates.get(i));
			pending = null;
			from = to;
			if (standsAlone(piece, facts)) {
				pieces.add(piece);
			}
			else if (!pieces.isEmpty()) {
				// A date with no place, format or meeting word of its own belongs to the
				// meeting before it, which keeps its own date.
				Piece previous = pieces.remove(pieces.size() - 1);
				pieces.add(new Piece(previous.from(), to, previous.date()));
			}
			else {
				pending = piece;
			}
		}
		if (pending != null) {
			pieces.add(pending);
		}
		if (pieces.isEmpty()) {
			// No date: "talks in Geneva and a Russia–NATO Council meeting in Brussels"
			// are two meetings, one per place the sentence puts a meeting in.
			int start = 0;
			List<Mention> places = facts.mentions()
				.stream()
				.filter((m) -> m.type() == EntityType.PLACE && this.places.locative(facts.text(), m))
				.toList();
			for (int i = 0; i < places.size(); i++) {
				int end = (i == places.size() - 1) ? facts.text().length() : places.get(i).end();
				pieces.add(new Piece(start, end, null));
				start = end;
			}
		}
		if (pieces.isEmpty()) {
			pieces.add(new Piece(0, facts.text().length(), null));
		}
		return pieces;
	}

	/**
	 * Of a date with no meeting word of its own and the date after it, the first one when
	 * the meeting word follows it within two words: "the December 7 videoconference talks
	 * ..., and the December 30 telephone conversation" are on December 7; «Сегодня
	 * встречался ..., ещё вчера говорил» today.
	 */
	private DateMention nearer(String text, DateMention pending, DateMention next) {
		Matcher noun = this.cues.meetingNoun().pattern().matcher(text).region(pending.end(), next.start());
		Matcher verb = this.cues.meetingVerb().pattern().matcher(text).region(pending.end(), next.start());
		int at = noun.find() ? noun.start() : -1;
		if (verb.find() && (at < 0 || verb.start() < at)) {
			at = verb.start();
		}
		return (at >= 0 && ATTRIBUTIVE.matcher(text.substring(pending.end(), at)).matches()) ? pending : next;
	}

	private boolean standsAlone(Piece piece, SentenceFacts facts) {
		String part = facts.text().substring(piece.from(), piece.to());
		return this.cues.any(this.cues.meetingNoun(), part)
				|| facts.mentions().stream().anyMatch((m) -> piece.covers(m) && m.type() != EntityType.PERSON);
	}

	private ExtractedEvent meeting(EventStatus status, Piece piece, SentenceFacts facts) {
		String place = null;
		String anyPlace = null;
		int placeAt = -1;
		Set<String> participants = new LinkedHashSet<>();
		for (Mention mention : facts.mentions()) {
			if (!piece.covers(mention)) {
				continue;
			}
			if (mention.type() == EntityType.PLACE) {
				// "in Geneva" puts the meeting there; "signals received from Kiev" does
				// not.
				if (place == null && this.places.locative(facts.text(), mention)) {
					place = mention.name();
					placeAt = mention.start();
				}
				// "the Moscow format meeting": a place that names the meeting.
				String after = facts.text()
					.substring(mention.end(), Math.min(facts.text().length(), mention.end() + 16));
				// "the St Petersburg International Economic Forum": a forum that bears
				// its city's name is held there, for its sessions and meetings on its
				// sidelines. "the Munich Security Conference": the capitalised words of a
				// name between the city and its meeting word.
				String name = facts.text()
					.substring(mention.end(), Math.min(facts.text().length(), mention.end() + 50));
				if (anyPlace == null && (this.cues.meetingNoun().in(after) || NAMED_MEETING.matcher(name).lookingAt()
						|| (FORUM_NAMED.matcher(name).lookingAt() && AT_FORUM
							.matcher(facts.text().substring(Math.max(0, mention.start() - 40), mention.start()))
							.find()))) {
					anyPlace = mention.name();
				}
			}
			else {
				participants.add(mention.name());
			}
		}
		place = (place != null) ? place : anyPlace;
		if (place == null && this.dateline != null && here(facts.text(), piece)) {
			// "will come here in two days", «приедет сюда»: the place of the release.
			place = this.dateline;
		}
		LocalDate start = (piece.date() != null) ? piece.date().from() : null;
		LocalDate end = (piece.date() != null) ? piece.date().to() : null;
		if (start == null && placeAt >= 0
				&& ONGOING.find(facts.text().substring(Math.max(0, placeAt - ONGOING_REACH), placeAt))) {
			// "are meeting again in Moscow", "the session, now underway in Jeddah": a
			// meeting going on as the release is published is the publication day's.
			start = this.published;
			end = this.published;
		}
		if (status == EventStatus.HELD && start != null && start.isAfter(this.published)) {
			status = EventStatus.ANNOUNCED;
		}
		StringBuilder summary = new StringBuilder("Meeting");
		if (!participants.isEmpty()) {
			summary.append(" (").append(String.join(", ", participants)).append(")");
		}
		if (place != null) {
			summary.append(" in ").append(place);
		}
		if (start != null) {
			summary.append(" on ").append(start).append(end.equals(start) ? "" : " to " + end);
		}
		return new ExtractedEvent(EventType.MEETING, status, start, end, place, List.copyOf(participants), null,
				summary.toString(), facts.evidence());
	}

	/**
	 * "the anniversary of the November 9, 2020, Statement", "since taking office on March
	 * 19": a date of something else than a meeting.
	 */
	private static boolean otherEvent(String text, DateMention date) {
		String before = text.substring(Math.max(0, date.start() - 60), date.start());
		// Only within the date's own clause.
		int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
		if (OTHER_EVENT.find(before.substring(clause + 1)) || AHEAD_OF.find(before) || DOCUMENT_DATE.find(before)) {
			return true;
		}
		// "the anniversary of the signing of the Statement on ... of November 9, 2020":
		// a date "of" a document or event named further back in the same clause.
		if (!OF.find(before)) {
			return false;
		}
		String far = text.substring(Math.max(0, date.start() - 200), date.start());
		int farClause = Math.max(far.lastIndexOf(','), far.lastIndexOf(';'));
		return OTHER_EVENT.find(far.substring(farClause + 1));
	}

	/**
	 * Whether a date is a fixed offset back ("a week ago", «два дня назад») whose clause
	 * (from the comma, colon or semicolon before it to the one after it) holds no meeting
	 * word.
	 */
	private boolean agoElsewhere(String text, DateMention date) {
		String words = text.substring(date.start(), date.end()).toLowerCase(java.util.Locale.ROOT);
		if (!words.endsWith(" ago") && !words.endsWith(" назад")) {
			return false;
		}
		int from = date.start();
		while (from > 0 && ",;:".indexOf(text.charAt(from - 1)) < 0) {
			from--;
		}
		int to = date.end();
		if (to < text.length() && text.charAt(to) == ',') {
			to++;
		}
		while (to < text.length() && ",;:".indexOf(text.charAt(to)) < 0) {
			to++;
		}
		String clause = text.substring(from, to);
		return !this.cues.meetingNoun().in(clause) && !this.cues.meetingVerb().in(clause);
	}

	/**
	 * "ahead of Medical Worker Day", «в преддверии 8 Марта»: the day named is a holiday
	 * or another event the meeting comes before, not the meeting's day.
	 */
	private static final Finder AHEAD_OF = Finder.of(Pattern
		.compile("(?iU)\\b(ahead of|in the run-up to|on the eve of|в преддверии|в канун|накануне)\\s+(the\\s+)?$"));

	/**
	 * "No. 79 of February 28, 2022", «постановление Правительства от 7 февраля»: the date
	 * of a document.
	 */
	private static final Finder DOCUMENT_DATE = Finder
		.of(Pattern.compile("(?iU)(\\b(No\\.|№)\\s*\\d+[\\w-]*\\s+(of\\s+)?|(?<![\\w-])от\\s+)$"));

	private static final Finder OF = Finder.of(Pattern.compile("(?iU)\\bof\\s+$"));

	/** At most two words, none of them "and": "December 7 videoconference talks". */
	private static final Pattern ATTRIBUTIVE = Pattern.compile("(?iU)\\s*((?!(and|и)\\b)[\\w-]+\\s+){0,2}");

	/** A verb that tells a meeting as past: it took place, it was held. */
	private static final Finder PAST = Finder.of(Patterns.words(
			"took place|(was|were) held|состоял(ся|ась|ись|ось)|состоявш\\w+|прош(ёл|ел|ла|ли|ло)|прошедш\\w+|проходивш\\w+"));

	/**
	 * A past tense that tells a meeting of the day as done: "was", "were", «было»,
	 * «обсуждали на совещании».
	 */
	private static final Finder TODAY_PAST = Finder
		.of(Patterns.words("was|were|discussed|agreed|talked|был\\w*|обсуждал\\w*|обсудил\\w*|говорил\\w*|договорил\\w*"
				+ "|рассмотрел\\w*|рассматривал\\w*"));

	private static final Finder YEAR = Finder.of(Pattern.compile("\\d{4}"));

	private static final Finder OTHER_EVENT = Finder.of(Patterns
		.words("anniversary|signing|signed|since|starting (from|on)|effective|taking office|inaugurat\\w*|elected|born|founded|established"
				+ "|годовщин\\w*|юбиле\\w*|подписан\\w*|с момента|со дня|начиная с|начиная со|вступлени\\w*|избран\\w*|основан\\w*"
				+ "|учрежд\\w*|родил\\w*"));

	// A meeting that is only proposed, possible or wished for is not one, nor one that
	// "has yet to" happen (round 15).
	private static final Finder HYPOTHETICAL = Finder.of(Patterns
		.words("could|would|might|may|possib\\w*|propos\\w*|ready to|prepared to|willing|hope|if|invit\\w*|yet to|"
				+ "мог\\w*|возможн\\w*|предлож\\w*|готов\\w*|надеюсь|если|пригла\\w*|бы"));

	/**
	 * Round 15: a meeting named by its city and capitalised words ("Munich Security
	 * Conference", "Geneva Summit"), which the 16 characters after the city miss.
	 */
	private static final Pattern NAMED_MEETING = Pattern.compile(
			"(?U)(\\s+\\p{Lu}[\\p{L}-]*){1,3}\\s+(Conference|Summit|Meeting|Talks|Consultations|Session|Council meeting)\\b");

	private static final Pattern FORUM_NAMED = Pattern.compile("(?U)(\\s+\\p{Lu}\\p{L}+){0,3}\\s+(Forum|форум\\w*)\\b");

	/**
	 * A session of the forum or a meeting on its sidelines, not one "in advance of" it.
	 */
	private static final Pattern AT_FORUM = Pattern.compile(
			"(?iU)\\b(session|meeting|sidelines|plenary|talks|заседани\\w*|полях|рамках)\\s+(of|at|on)?\\s*(the\\s+)?(\\d+\\w*\\s+)?$");

	private static final Pattern HERE = Patterns.words("here|здесь|сюда|к нам");

	/** Words of coming or gathering that make a "here" the meeting's place. */
	private static final Finder COMING = Finder.of(Patterns.words(
			"come|came|coming|arriv\\w*|gather\\w*|приед\\w*|приех\\w*|приезжа\\w*|прибы\\w*|прилет\\w*|собрал\\w*"));

	private static final int HERE_REACH = 25;

	/**
	 * Whether the piece puts its meeting "here", at the place of the release: «сюда» and
	 * «к нам» always; "here" and «здесь» only next to the meeting's or a coming's own
	 * words («здесь встречались», "will come here"), not in "the figures you can see
	 * here" or «он здесь находится» of a sentence that merely mentions a meeting.
	 */
	private boolean here(String text, Piece piece) {
		Matcher here = HERE.matcher(text).region(piece.from(), piece.to());
		while (here.find()) {
			String word = here.group().toLowerCase(java.util.Locale.ROOT);
			if (!word.equals("here") && !word.equals("здесь")) {
				return true;
			}
			String near = text.substring(Math.max(0, here.start() - HERE_REACH),
					Math.min(text.length(), here.end() + HERE_REACH));
			if (this.cues.meetingNoun().in(near) || this.cues.meetingVerb().in(near)
					|| this.cues.datedMeetingVerb().in(near) || COMING.find(near)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Round 15: a meeting going on right before its place ("are meeting again in", "now
	 * underway in", «сейчас проходит в»).
	 */
	static final Finder ONGOING = Finder.of(Pattern.compile("(?iU)(\\b((now|currently)\\s+)?(underway|under way)"
			+ "|\\b(is|are)\\s+((now|currently)\\s+)?(taking place|being held|meeting)(\\s+again)?"
			+ "|(?<!\\p{L})(сейчас|ныне)\\s+проход\\w+)\\s+(in|at|в|во|на)\\s+$"));

	private static final int ONGOING_REACH = 50;

	private record Piece(int from, int to, DateMention date) {

		boolean covers(Mention mention) {
			return mention.start() >= this.from && mention.start() < this.to;
		}

	}

}
