package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;

/**
 * The release's own account before any transcript turn: the lead and the paragraphs that
 * tell what the President did that day. There, a meeting the President held, attended or
 * took part in without a day of its own was held on the publication day, where the
 * dateline says; and a sentence that goes on with "Then", "That same day", «Затем»,
 * «Далее» tells a meeting on the day and at the place of the one before it. Use one per
 * release.
 */
final class Narrative {

	/**
	 * "Then", "After that", "That same day", «Затем», «Далее», «В тот же день»: the
	 * sentence goes on from the one before it.
	 */
	private static final Finder GOES_ON = Finder.of(Pattern
		.compile("(?iuU)^[\\s*]*(then|after that|afterwards|later that day|(on )?that same day|on the same day"
				+ "|затем|далее|после этого|потом|позднее|в тот же день|в этот же день|там же)\\b"));

	/**
	 * The President (or the head of state) as the one who held, attended or took part in
	 * the meeting: the release reports it. Two patterns tried one after the other, so
	 * that no sentence is scanned by a double lazy gap.
	 */
	private static final Finder PRESIDENT = Finder.of(Pattern.compile(
			"(?iuU)\\b(vladimir putin|the presidents?|the head of state|владимир путин|президенты?|глава государства)\\b"));

	/** The report's verb, not a passive ("should be held"). */
	private static final Pattern REPORT_VERB = Pattern.compile(
			"(?iuU)(?<!\\b(be|been|being|was|were|is|are) )\\b(held|attended|took part in|chaired|пров[её]л|провели|принял участие в|приняли участие в)\\b");

	private static final int REACH = 160;

	/**
	 * "Vladimir Putin arrived in New Delhi", «прибыл с визитом»: the visit's meetings the
	 * account announces without a day are that day's.
	 */
	private static final Finder ARRIVED = Finder.of(Pattern.compile("(?iuU)\\b(arrived|has arrived|прибыл\\w*)\\b"));

	/** A meeting told as earlier than the day of the release. */
	private static final Finder EARLIER = Finder
		.of(Patterns.words("earlier|previously|yesterday|last|past|ago|ранее|накануне|вчера|прошл\\w+|назад"));

	/** A meeting announced for a later day than the arrival's. */
	private static final Finder LATER = Finder
		.of(Patterns.words("next|later|tomorrow|following day|следующ\\w+|позже|позднее|завтра"));

	/**
	 * A lead sentence that tells the format of the meeting already reported, not a
	 * meeting of its own: "The Republic of Armenia chaired the videoconference meeting",
	 * "The meeting was held via videoconference", «Встреча прошла в формате
	 * видеоконференции». Not one that tells how some took part ("addressed the session
	 * via videoconference"): the videoconference names the meeting or follows the verb of
	 * its holding.
	 */
	private static final Finder FORMAT_EN = Finder.of(Pattern.compile("(?iuU)\\b(the|this)\\s+([\\w-]+\\s+){0,2}?"
			+ "(video[- ]?conference\\s+(meeting|session|talks|summit|consultations)"
			+ "|(meeting|session|talks|summit|consultations|event)\\s+(was|were)\\s+(held|conducted|organised|organized)"
			+ "\\s+(via|by|in the format of|in the form of|as|in)\\s+(a\\s+)?video)"));

	private static final Finder FORMAT_RU = Finder.of(Pattern.compile(
			"(?iuU)^[\\s*]*([\\p{L}-]+\\s+){0,2}?(встреча|совещание|заседание|переговоры|беседа|мероприятие|консультации|саммит)"
					+ "\\s+(прош\\w+|проходил\\w*|проведен\\w*|состоял\\w*|организован\\w*)\\s+(\\p{L}+\\s+){0,3}?(видео|по видеосвязи)"));

	/**
	 * The President's own verb of a meeting right after him ("Vladimir Putin attended"),
	 * not that of a meeting he only comments on ("assessment of the talks ... held via
	 * videoconference").
	 */
	private static final Finder OWN_REPORT = Finder.of(Pattern.compile(
			"(?iuU)\\b(vladimir putin|the president|the head of state|владимир путин|президент|глава государства)\\s+"
					+ "([\\w-]+\\s+){0,2}?(held|attended|took part in|chaired|participated in|пров[её]л|принял участие в)\\b"));

	/** The sentences of the lead that can tell its meeting's format. */
	private static final int LEAD_SENTENCES = 3;

	private final LocalDate published;

	private final String dateline;

	/** The first sentences of the account. */
	private final List<String> leadSentences = new ArrayList<>(LEAD_SENTENCES);

	/**
	 * Whether a sentence of the lead told the reported meeting as held by
	 * videoconference: the dateline is then where the President sat, not its venue.
	 */
	private boolean remoteFormat;

	private LocalDate lastDate;

	/** Whether the account has told a videoconference: the dateline is then no venue. */
	private boolean video;

	/** Whether the headline or the lead tells the President's arrival. */
	private boolean arrived;

	private boolean lead = true;

	private String lastPlace;

	// By identity: the events are the ones handed back, and hashing a whole event per
	// sentence costs more than the lookup saves.
	private final java.util.Set<ExtractedEvent> undated = java.util.Collections
		.newSetFromMap(new java.util.IdentityHashMap<>());

	private final java.util.Set<ExtractedEvent> dated = java.util.Collections
		.newSetFromMap(new java.util.IdentityHashMap<>());

	Narrative(LocalDate published, String dateline, SentenceFacts headline) {
		this.published = published;
		this.dateline = dateline;
		// "On November 4, Vladimir Putin will visit Sevastopol": the headline's day is
		// the one a "That same day" goes on from.
		this.video = video(headline.text(), headline.lowerCase());
		this.arrived = ARRIVED.find(headline.text());
		this.lastDate = headline.dates()
			.stream()
			.filter(DateMention::resolved)
			.map(DateMention::from)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The meetings {@code found} in a sentence, dated and placed from the account around
	 * them when the sentence belongs to the account ({@code told}) and they lack a day or
	 * a place.
	 */
	List<ExtractedEvent> resolve(SentenceFacts facts, List<ExtractedEvent> found, boolean told) {
		if (told && this.lead) {
			this.arrived = this.arrived || ARRIVED.find(facts.text());
		}
		this.lead = false;
		if (told && this.leadSentences.size() < LEAD_SENTENCES) {
			this.leadSentences.add(facts.text());
			this.remoteFormat = this.remoteFormat || format(facts);
		}
		if (!told || found.isEmpty()) {
			return found;
		}
		String text = facts.text();
		boolean videoHere = video(text, facts.lowerCase());
		boolean goesOn = GOES_ON.find(text);
		boolean undatedHeld = found.stream().anyMatch((m) -> m.dateStart() == null && m.status() == EventStatus.HELD);
		boolean reported = undatedHeld && reported(text) && !EARLIER.find(text) && !PastPeriod.in(text, this.published);
		List<ExtractedEvent> resolved = new ArrayList<>(found.size());
		for (ExtractedEvent meeting : found) {
			ExtractedEvent event = meeting;
			if (meeting.dateStart() == null && goesOn && this.lastDate != null) {
				event = with(meeting, this.lastDate, (meeting.place() != null) ? meeting.place() : this.lastPlace);
			}
			else if (meeting.dateStart() == null && this.arrived && meeting.status() == EventStatus.ANNOUNCED
					&& !LATER.find(text)) {
				String place = (meeting.place() != null) ? meeting.place()
						: (this.lastPlace != null) ? this.lastPlace : this.dateline;
				// Without a place, nothing says the talks are the arrival's.
				event = (place != null) ? with(meeting, this.published, place) : meeting;
			}
			else if (meeting.dateStart() == null && reported && meeting.status() == EventStatus.HELD) {
				String place = (meeting.place() != null) ? meeting.place() : (goesOn ? this.lastPlace : null);
				place = (place != null || this.video) ? place : this.dateline;
				// Without a place the headline's meeting, if any, tells this one; a
				// meeting held by videoconference has no place to wait for ("attended a
				// BRICS+ meeting ..., held via videoconference").
				if (place != null || (videoHere && OWN_REPORT.find(text))) {
					event = with(meeting, this.published, place);
				}
			}
			if (event != meeting) {
				this.dated.add(event);
			}
			resolved.add(event);
		}
		this.video = this.video || videoHere;
		for (ExtractedEvent event : resolved) {
			if (event.dateStart() != null) {
				this.lastDate = event.dateStart();
			}
			if (event.place() != null && !videoHere) {
				this.lastPlace = event.place();
			}
			if (event.dateStart() == null && event.place() != null) {
				this.undated.add(event);
			}
		}
		return resolved;
	}

	/**
	 * Removes from {@code events} each undated meeting the account placed where it also
	 * tells a dated meeting of the same status ("will visit the Vostochny Cosmodrome"
	 * beside "On April 12 ... at the Vostochny Cosmodrome"): the same meeting, told
	 * twice.
	 */
	void dropRepeated(List<ExtractedEvent> events) {
		events.removeIf((e) -> this.undated.contains(e) && !EARLIER.find(e.evidence().sentence())
				&& !PastPeriod.in(e.evidence().sentence(), this.published)
				&& events.stream()
					.anyMatch((d) -> d.type() == EventType.MEETING && d.dateStart() != null
							&& e.place().equals(d.place()) && d.status() == e.status()));
	}

	/**
	 * Whether a lead sentence tells the format of a meeting told before it, by
	 * videoconference: no report of a meeting of its own ("Vladimir Putin held", "Then"),
	 * the meeting referred back to ("the meeting", «Встреча прошла»).
	 */
	private boolean format(SentenceFacts facts) {
		String text = facts.text();
		return video(text, facts.lowerCase()) && !reported(text) && !GOES_ON.find(text)
				&& (FORMAT_EN.find(text) || FORMAT_RU.find(text));
	}

	/**
	 * Whether a meeting the lead or the headline reported on the publication day at the
	 * dateline was held by videoconference, as another sentence of the lead tells
	 * («Президент провёл совещание ... . Встреча прошла в формате видеоконференции»).
	 */
	boolean remote(ExtractedEvent meeting) {
		return this.remoteFormat && meeting.type() == EventType.MEETING && this.published.equals(meeting.dateStart())
				&& meeting.place() != null && meeting.place().equals(this.dateline)
				&& this.leadSentences.contains(meeting.evidence().sentence());
	}

	/** A videoconference told, its words looked for only where a needle is. */
	private static boolean video(String text, String lowerCase) {
		return (lowerCase.contains("video") || lowerCase.contains("видео") || lowerCase.contains("телемост"))
				&& EventDetector.VIDEOCONFERENCE.find(text);
	}

	/**
	 * Whether a sentence tells its meeting as earlier than the release's day ("which I
	 * attended in person three years ago", «в прошлом году»).
	 */
	static boolean earlier(String text) {
		return EARLIER.find(text);
	}

	private static boolean reported(String text) {
		// Round 16: any mention of the President in the sentence, not only one in its
		// first words: a sentence can open with the dateline and the President's
		// companions before «…, с которой Президент … провёл отдельную встречу в Кремле».
		Finder.Matches presidents = PRESIDENT.in(text);
		while (presidents.find()) {
			java.util.regex.Matcher president = presidents.matcher();
			if (REPORT_VERB.matcher(text)
				.region(president.end(), Math.min(text.length(), president.end() + REACH))
				.useTransparentBounds(true)
				.find()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the meeting took its day from the account rather than its sentence. */
	boolean dated(ExtractedEvent meeting) {
		return this.dated.contains(meeting);
	}

	private static ExtractedEvent with(ExtractedEvent meeting, LocalDate day, String place) {
		String summary = meeting.summary() + ((meeting.place() == null && place != null) ? " in " + place : "") + " on "
				+ day;
		return new ExtractedEvent(meeting.type(), meeting.status(), day, day, place, meeting.participants(),
				meeting.speaker(), summary, meeting.evidence());
	}

}
