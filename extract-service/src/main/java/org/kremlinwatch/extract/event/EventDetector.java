package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;

/**
 * Finds calls, meetings and warnings, sentence by sentence. The Kremlin reports for the
 * President, so an unnamed caller or speaker is Vladimir Putin.
 */
public final class EventDetector {

	static final String PRESIDENT = "Vladimir Putin";

	static final String RUSSIA = "Russia";

	private static final int SUMMARY_LENGTH = 160;

	static final Finder VIDEOCONFERENCE = Finder.of(Pattern
		.compile("(?iu)(?<!\\((via |by |по )?)(video[- ]?conferenc|video link|видеоконференц|по видеосвязи|телемост)"));

	/**
	 * The site's own dateline left in the text of a release that came without one
	 * («Москва, Кремль», "The Kremlin, Moscow").
	 */
	private static final Finder DATELINE_IN_TEXT = Finder
		.of(Pattern.compile("(?U)\\b(Москва, Кремль|The Kremlin, Moscow|Moscow, the Kremlin)\\b"));

	/**
	 * The header of a turn in a transcript: "Olaf Scholz:", "Federal Chancellor of
	 * Germany Olaf Scholz (retranslated):", «В.Путин:», "Question:". Capitalised words
	 * and the small words of a title only, so that "He said: ..." is no header.
	 */
	private static final Pattern TURN = Pattern.compile(
			"^\\s*((?:(?:\\p{Lu}[\\p{L}.’'-]*+|(?:of|the|and|de|bin|ibn|al|von|der|van|и)\\b)\\s*+){1,16}+)(?:\\((?:retranslated|перевод)\\))?:\\s");

	/** A turn that is not an official's: a journalist's question or remark. */
	private static final Finder NOT_OFFICIAL = Finder
		.of(Pattern.compile("(?iu)^\\s*(question|remark|reply|response|вопрос|реплика|ведущий|ведущая|moderator)\\b"));

	/**
	 * A question put to the President or to Russia ("at what point will Russia consider
	 * ...?"): a journalist's, not a warning. A rhetorical question ("Are the consequences
	 * clear enough?") still is one.
	 */
	private static final Finder ASKED = Finder.of(Pattern.compile(
			"(?iuU)\\b(you|your|will russia|would russia|does russia|is russia|can russia|could russia|mr president|вы|вас|вам|ваш\\w*|будет ли россия|господин президент)\\b[^?]*\\?\\s*$"));

	/**
	 * What others claim or fear, not what an official threatens: "we could be drawn into
	 * a conflict" (Russia the one drawn in), "the media claiming that Russia is plotting
	 * ...", «якобы».
	 */
	private static final Finder NOT_A_WARNING = Finder.of(Pattern
		.compile("(?iuU)\\b(we|russia|us) (could|might|may|would|will) (\\w+ ){0,2}(be )?(drawn|dragged|pulled) into\\b"
				+ "|\\b(claim(s|ed|ing)?|alleged(ly)?|supposedly)\\b|\\bякобы\\b"));

	/** A verb or preposition right before a name makes it the object, not the speaker. */
	private static final Finder OBJECT_BEFORE = Finder.of(Pattern
		.compile("(?iu)(\\b(with|to|told|tell|telling|asked|for|from|by|and|с|со|и|для|от)\\s+)(\\p{L}+\\s+){0,8}$"));

	/**
	 * The events of a release in text order.
	 * @param lang the release's language
	 * @param published the publication day, against which dates resolve
	 * @param headline the facts of the headline, which can name a call or a meeting the
	 * text only describes
	 * @param dateline canonical place of the dateline, {@code null} when none
	 * @param sentences the facts of each sentence
	 */
	public List<ExtractedEvent> detect(Lang lang, LocalDate published, SentenceFacts headline, String dateline,
			List<SentenceFacts> sentences) {
		Cues cues = Cues.of(lang);
		if (dateline == null && (DATELINE_IN_TEXT.find(headline.text())
				|| sentences.stream().limit(3).anyMatch((f) -> DATELINE_IN_TEXT.find(f.text())))) {
			dateline = "Moscow";
		}
		MeetingRule meetings = new MeetingRule(cues, published, dateline);
		Narrative narrative = new Narrative(published, dateline, headline);
		List<ExtractedEvent> events = new ArrayList<>();
		CallRule calls = new CallRule(cues, lang, published, headline, events);
		// The forums the text refers to, by identity: kept out of the rules for the
		// release's own meeting below.
		Set<ExtractedEvent> forums = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		String title = headline.text();
		boolean lead = true;
		// The speaker of the transcript's current turn: null outside turns, "" in a
		// journalist's.
		String turn = null;
		// Whether the turn's speaker is a person the gazetteer knows (an official), not
		// an interviewer named by the transcript.
		boolean knownSpeaker = false;
		for (SentenceFacts facts : sentences) {
			// The header opens the sentence (^): looked for there only, and only in a
			// sentence with the colon that ends it.
			Matcher header = (facts.text().indexOf(':') >= 0) ? TURN.matcher(facts.text()) : null;
			if (header != null && header.lookingAt()) {
				boolean journalist = NOT_OFFICIAL.find(header.group(1));
				String known = journalist ? null
						: facts.mentions()
							.stream()
							.filter((m) -> m.type() == EntityType.PERSON && m.end() <= header.end())
							.map(Mention::name)
							.findFirst()
							.orElse(null);
				if (journalist || known != null || !oneWord(header.group(1))) {
					knownSpeaker = known != null;
					turn = journalist ? "" : (known != null) ? known : header.group(1).trim();
				}
			}
			CueScan.Hits hits = cues.hits(facts.lowerCase());
			boolean call = calls.apply(facts, hits, lead, turn, knownSpeaker);
			lead = false;
			// "the talks during President Macron's recent visit to Moscow and regular
			// telephone conversations": a call sentence can still report a meeting.
			String text = call ? cues.call().blanked(facts.text()) : facts.text();
			// Before the first turn of a transcript the release tells what the President
			// did: its meetings take their day and place from that account.
			List<ExtractedEvent> found = narrative.resolve(facts,
					call ? meetings.apply(facts, text, text.toLowerCase(Locale.ROOT), null)
							: meetings.apply(facts, text, facts.lowerCase(), hits),
					turn == null);
			events.addAll(found);
			List<ExtractedEvent> sentenceForums = Forums.find(cues, published, facts, found);
			events.addAll(sentenceForums);
			forums.addAll(sentenceForums);
			if ("".equals(turn)) {
				// A journalist's question or remark is no official's warning.
				continue;
			}
			boolean cued = cues.warning().in(facts.text(), facts.lowerCase(), hits);
			int judgedAt = cued ? -1 : OthersStepJudged.find(facts.text(), facts.lowerCase(), hits);
			if (!cued && judgedAt < 0 || (!knownSpeaker && ASKED.find(facts.text()))
					|| NOT_A_WARNING.find(facts.text())) {
				// In an official's turn of a transcript a question is rhetorical ("Do you
				// realise that ... you will get drawn into a military conflict?").
				continue;
			}
			int cueAt = cued ? cues.warning().start(facts.text(), facts.lowerCase(), hits) : -1;
			events.add(warning(facts, (cueAt >= 0) ? cueAt : Math.max(judgedAt, 0), turn));
		}
		calls.finish(sentences);
		if (!sentences.isEmpty() && !calls.callHeadline()) {
			HeadlineMeeting.add(cues, meetings, narrative, headline, dateline, published, sentences.get(0), events,
					forums, lang);
		}
		narrative.dropRepeated(events);
		// "the forum in Volgograd" in the release on that forum's day there: the same
		// forum, told again without its day.
		// A forum in the dateline's city within days of the release's own meeting there,
		// or "today's forum" under a forum's headline: the release's meeting told again.
		boolean forumTitle = Forums.named(title);
		events
			.removeIf((e) -> forums.contains(e) && ((e.place() == null && forumTitle && published.equals(e.dateStart())
			// Round 18: only when the release tells the forum's day as its own
			// meeting ("Greetings to ... forum" tells none).
					&& events.stream()
						.anyMatch((d) -> d.type() == EventType.MEETING && !forums.contains(d)
								&& published.equals(d.dateStart())))
					|| (e.place() != null && events.stream()
						.anyMatch((d) -> d.type() == EventType.MEETING && !forums.contains(d) && d.dateStart() != null
								&& e.place().equals(d.place()) && ((e.dateStart() == null) ? forumTitle
										: Math.abs(e.dateStart().toEpochDay() - d.dateStart().toEpochDay()) <= 3)))));
		// "During today's talks" beside the talks held in the Kremlin that day: one
		// meeting, the placed one (a videoconference, or a meeting that names its own
		// participants or format, is another).
		Set<LocalDate> placedDays = new java.util.HashSet<>();
		events.stream()
			.filter((e) -> e.type() == EventType.MEETING && e.place() != null && e.dateStart() != null)
			.forEach((e) -> placedDays.add(e.dateStart()));
		// "Today's meeting with Mr Mitsotakis" names no one else than the placed meeting
		// of that day (or Russia, the host, or the President, who is in every meeting the
		// release reports: "Mr Putin, ... the issues we discussed at today's meeting"):
		// the same meeting.
		java.util.Map<LocalDate, Set<String>> placedWith = new java.util.HashMap<>();
		events.stream()
			.filter((e) -> e.type() == EventType.MEETING && e.place() != null && e.dateStart() != null)
			.forEach((e) -> placedWith
				.computeIfAbsent(e.dateStart(), (d) -> new java.util.HashSet<>(List.of(RUSSIA, PRESIDENT)))
				.addAll(e.participants()));
		// "today's forum" without its city is another meeting (LABELING.md, set 8).
		events.removeIf((e) -> e.type() == EventType.MEETING && e.place() == null && e.dateStart() != null
				&& !forums.contains(e) && placedDays.contains(e.dateStart())
				&& placedWith.get(e.dateStart()).containsAll(e.participants())
				&& !VIDEOCONFERENCE.find(e.evidence().sentence()));
		// A videoconference has no venue: the dateline is where the President sits.
		boolean videoHeadline = VIDEOCONFERENCE.find(title);
		String lead0 = sentences.isEmpty() ? null : sentences.get(0).text();
		// A lead repeated in the body must not count twice.
		return events.stream()
			.map((e) -> (e.type() == EventType.MEETING && e.place() != null
					&& (VIDEOCONFERENCE.find(e.evidence().sentence())
							|| (videoHeadline && lead0 != null && e.evidence().sentence().contains(lead0.trim()))
							|| narrative.remote(e)))
									? new ExtractedEvent(e.type(), e.status(), e.dateStart(), e.dateEnd(), null,
											e.participants(), e.speaker(), e.summary(), e.evidence())
									: e)
			.filter(distinctBy((e) -> List.of(e.type(), e.evidence().sentence(), String.valueOf(e.dateStart()),
					String.valueOf(e.place()), (e.type() == EventType.CALL) ? e.participants() : List.of())))
			.toList();
	}

	private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, Object> key) {
		Set<Object> seen = new java.util.HashSet<>();
		return (t) -> seen.add(key.apply(t));
	}

	/**
	 * A warning with its speaker: a person named before the cue as its subject (not after
	 * "with", "told" ...), else the speaker of the transcript's turn, else the President.
	 */
	private ExtractedEvent warning(SentenceFacts facts, int cueAt, String turn) {
		String speaker = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON && m.start() < cueAt)
			.filter((m) -> !OBJECT_BEFORE.find(facts.text().substring(Math.max(0, m.start() - 60), m.start())))
			.map(Mention::name)
			.findFirst()
			.orElse((turn != null) ? turn : PRESIDENT);
		return new ExtractedEvent(EventType.WARNING, null, null, null, null, List.of(speaker), speaker,
				oneLine(facts.text()), facts.evidence());
	}

	/** The text on one line, cut at a word near {@value #SUMMARY_LENGTH} characters. */
	static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").trim();
		if (line.length() <= SUMMARY_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', SUMMARY_LENGTH - 1);
		return line.substring(0, (cut > SUMMARY_LENGTH / 2) ? cut : SUMMARY_LENGTH - 1) + "…";
	}

	/**
	 * Whether a heading is a single word without an initial: a speaker's heading names a
	 * person ("Sergei Lavrov:", «С.Лавров:»), while «Подчеркну:» ("Let me stress:") or
	 * "Note:" opens a sentence of the current speaker's.
	 */
	private static boolean oneWord(String heading) {
		String word = heading.strip();
		return word.indexOf(' ') < 0 && word.indexOf('.') < 0;
	}

}
