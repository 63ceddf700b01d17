package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.EventStatus;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.date.DateMention;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Patterns;

/**
 * Finds calls, meetings and warnings, sentence by sentence. The Kremlin reports for the
 * President, so an unnamed caller or speaker is Vladimir Putin.
 */
public final class EventDetector {

	static final String PRESIDENT = "Vladimir Putin";

	private static final String RUSSIA = "Russia";

	private static final int SUMMARY_LENGTH = 160;

	private static final Pattern PLURAL_CALLS = Pattern
		.compile("(?iu)(telephone |phone )?(conversations|calls)\\b|(телефонн\\w+ )?разговор(ы|ов|ах|ами)\\b");

	/** A meeting held or announced by videoconference has no place (LABELING.md). */
	static final Pattern VIDEOCONFERENCE = Pattern
		.compile("(?iu)(?<!\\((via |by |по )?)(video[- ]?conferenc|video link|видеоконференц|по видеосвязи|телемост)");

	/**
	 * The site's own dateline left in the text of a release that came without one
	 * («Москва, Кремль», "The Kremlin, Moscow").
	 */
	private static final Pattern DATELINE_IN_TEXT = Pattern
		.compile("(?U)\\b(Москва, Кремль|The Kremlin, Moscow|Moscow, the Kremlin)\\b");

	/**
	 * The header of a turn in a transcript: "Olaf Scholz:", "Federal Chancellor of
	 * Germany Olaf Scholz (retranslated):", «В.Путин:», "Question:". Capitalised words
	 * and the small words of a title only, so that "He said: ..." is no header.
	 */
	private static final Pattern TURN = Pattern.compile(
			"^\\s*((?:(?:\\p{Lu}[\\p{L}.’'-]*+|(?:of|the|and|de|bin|ibn|al|von|der|van|и)\\b)\\s*+){1,16}+)(?:\\((?:retranslated|перевод)\\))?:\\s");

	/** A turn that is not an official's: a journalist's question or remark. */
	private static final Pattern NOT_OFFICIAL = Pattern
		.compile("(?iu)^\\s*(question|remark|reply|response|вопрос|реплика|ведущий|ведущая|moderator)\\b");

	/**
	 * A question put to the President or to Russia ("at what point will Russia consider
	 * ...?"): a journalist's, not a warning. A rhetorical question ("Are the consequences
	 * clear enough?") still is one.
	 */
	private static final Pattern ASKED = Pattern.compile(
			"(?iuU)\\b(you|your|will russia|would russia|does russia|is russia|can russia|could russia|mr president|вы|вас|вам|ваш\\w*|будет ли россия|господин президент)\\b[^?]*\\?\\s*$");

	/**
	 * What others claim or fear, not what an official threatens: "we could be drawn into
	 * a conflict" (Russia the one drawn in), "the media claiming that Russia is plotting
	 * ...", «якобы».
	 */
	private static final Pattern NOT_A_WARNING = Pattern
		.compile("(?iuU)\\b(we|russia|us) (could|might|may|would|will) (\\w+ ){0,2}(be )?(drawn|dragged|pulled) into\\b"
				+ "|\\b(claim(s|ed|ing)?|alleged(ly)?|supposedly)\\b|\\bякобы\\b");

	/** A verb or preposition right before a name makes it the object, not the speaker. */
	private static final Pattern OBJECT_BEFORE = Pattern
		.compile("(?iu)(\\b(with|to|told|tell|telling|asked|for|from|by|and|с|со|и|для|от)\\s+)(\\p{L}+\\s+){0,8}$");

	/**
	 * "Telephone conversations with A and B": one call with each (a joint call is
	 * singular).
	 */
	private static final Pattern SEVERAL_CALLS = Pattern
		.compile("(?iuU)(telephone |phone )(conversations|calls)\\b|телефонн\\w+ разговор(ы|ов|ами)\\b");

	/**
	 * Calls of others with their own counterparts: "who talked over the phone with their
	 * Russian colleagues", «созванивались со своими коллегами».
	 */
	private static final Pattern OTHERS_COLLEAGUES = Pattern.compile(
			"(?iuU)^[^.;]{0,60}?\\b(with|со?) (\\w+ ){0,3}(their|своими|своим) (\\w+ ){0,2}(colleagues|counterparts|partners|коллегами|партн[её]рами)\\b");

	/**
	 * A head of state or government named by office right before his state: "the King
	 * of", "President of the Republic of", «Король», «Президентом Республики».
	 */
	private static final Pattern OFFICE_BEFORE = Pattern
		.compile("(?iuU)\\b(president|king|emir|sultan|crown prince|prime minister|chancellor|leader|head of state"
				+ "|президент\\w*|корол\\w+|эмир\\w*|султан\\w*|наследн\\w+ принц\\w*|премьер-министр\\w*"
				+ "|канцлер\\w*|лидер\\w*|глав\\w+ государства)( of)?( the)?( (republic|kingdom|state|федеративн\\w+"
				+ "|республик\\w+|королевств\\w+|государств\\w+)( of)?)?\\s+$");

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

	/** What joins two parties of a list: "A and the", «А и», "A, ". */
	private static final Pattern LIST_JOINT = Pattern.compile("(?iuU)\\s*(,|and|и)\\s*(the\\s+)?");

	/** A name's possessive right before a call's words. */
	private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+$");

	/** "between" right after a call's words: a call of others. */
	private static final Pattern BETWEEN = Pattern.compile("(?iuU)\\b(between|между)\\b");

	/** The President among those "between" whom a call was: it is his own. */
	private static final Pattern PRESIDENT_NAMED = Pattern.compile(
			"(?iuU)\\s*(the )?(president of russia|russian president|vladimir putin|президент\\w* россии|владимир\\w* путин\\w*|путин\\w*)\\b");

	/**
	 * A headline that names a forum the release reports: "St Petersburg International
	 * Economic Forum", «Международный форум «Арктика – территория диалога»».
	 */
	private static final Pattern FORUM_TITLE = Pattern
		.compile("(?U)((\\p{Lu}[\\p{L}-]*|\\d+\\w*|\\p{Ll}+(ый|ий|ой))\\s+){0,5}(Forum|форум)\\b");

	/**
	 * "Vladimir Putin also spoke by phone with ...", «также провёл телефонный разговор»:
	 * another of the calls the release itself reports, not an earlier one.
	 */
	private static final Pattern ALSO_CALLED = Pattern
		.compile("(?iuU)\\b(also|также|тоже) (spoke|talked|had|held|phoned|called|пров[её]л|переговорил|поговорил"
				+ "|созвонился|позвонил)\\b");

	/** "also spoke to another participant ..." without a telephone word. */
	private static final Pattern ALSO_SPOKE = Pattern.compile("(?iuU)\\balso (spoke|talked) (to|with)\\b");

	/** The speaker's own "I" or "we" shortly before a call's words. */
	private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile("(?iuU)\\b(i|we|я|мы)\\b");

	/**
	 * "each other", "you and I": the official and the President he speaks to. A bare "we"
	 * may be the official's own agency.
	 */
	private static final Pattern EACH_OTHER = Pattern
		.compile("(?iuU)\\b(each other|one another|you and i|друг другу|друг с другом|мы с вами)\\b");

	/** "you", the President addressed in another official's turn. */
	private static final Pattern YOU = Pattern.compile("(?iuU)\\b(you|вами|вас|вам|тобой)\\b");

	/**
	 * "during their recent contacts over the telephone": the call of those just named.
	 */
	private static final Pattern THEIR_BEFORE = Pattern.compile("(?iuU)\\b(their|свои\\w*)\\s+(\\w+\\s+){0,2}$");

	/** "his telephone call" ("I remember very well his telephone call"). */
	private static final Pattern HIS_BEFORE = Pattern.compile("(?iuU)\\b(his|her|его|её|ее)\\s+(\\w+\\s+){0,1}$");

	/**
	 * What ends the clause of a call's words: "I have told you over the phone more than
	 * once: ... today" names the day of what was said, not of the call.
	 */
	private static final Pattern CLAUSE_END = Pattern
		.compile("(?iuU)[;:](?!\\d)|,\\s+(who|whom|whose|which|котор\\w+)\\b");

	/**
	 * A question whether a call took place ("did you have a telephone conversation yet
	 * ...?"): no call is reported.
	 */
	private static final Pattern CALL_ASKED = Pattern.compile(
			"(?iuU)\\b(did|have|has|do|does) (you|he|she|they) (\\w+ ){0,2}$|\\b(был|была|было|были) ли (\\w+ ){0,3}$");

	private static final Pattern EN_TITLE_NAME = Pattern.compile("\\bwith (?:.* )?(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)$");

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
		if (dateline == null && (DATELINE_IN_TEXT.matcher(headline.text()).find()
				|| sentences.stream().limit(3).anyMatch((f) -> DATELINE_IN_TEXT.matcher(f.text()).find()))) {
			dateline = "Moscow";
		}
		MeetingRule meetings = new MeetingRule(cues, published, dateline);
		Narrative narrative = new Narrative(published, dateline, headline);
		List<ExtractedEvent> events = new ArrayList<>();
		Set<List<String>> calls = new LinkedHashSet<>();
		// The forums the text refers to, by identity: kept out of the rules for the
		// release's own meeting below.
		Set<ExtractedEvent> forums = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		String title = headline.text();
		List<Mention> titleMentions = headline.mentions();
		boolean callHeadline = cues.any(cues.call(), title);
		boolean lead = true;
		// The speaker of the transcript's current turn: null outside turns, "" in a
		// journalist's.
		String turn = null;
		// Whether the turn's speaker is a person the gazetteer knows (an official), not
		// an interviewer named by the transcript.
		boolean knownSpeaker = false;
		// Everyone the release has named so far, to tell a call with a person from one
		// with a state or an organisation.
		Set<String> named = new java.util.HashSet<>();
		titleMentions.stream().filter((m) -> m.type() == EntityType.PERSON).forEach((m) -> named.add(m.name()));
		// The last person (not the President) the previous sentence named: whom "his
		// telephone call" was with.
		String previousPerson = null;
		for (SentenceFacts facts : sentences) {
			String lastPerson = previousPerson;
			previousPerson = facts.mentions()
				.stream()
				.filter(EventDetector::otherPerson)
				.reduce((a, b) -> b)
				.map(Mention::name)
				.orElse(null);
			facts.mentions().stream().filter((m) -> m.type() == EntityType.PERSON).forEach((m) -> named.add(m.name()));
			Matcher header = TURN.matcher(facts.text());
			// The header opens the sentence (^): looked for there only.
			if (header.lookingAt()) {
				String known = NOT_OFFICIAL.matcher(header.group(1)).find() ? null
						: facts.mentions()
							.stream()
							.filter((m) -> m.type() == EntityType.PERSON && m.end() <= header.end())
							.map(Mention::name)
							.findFirst()
							.orElse(null);
				knownSpeaker = known != null;
				turn = NOT_OFFICIAL.matcher(header.group(1)).find() ? ""
						: (known != null) ? known : header.group(1).trim();
			}
			boolean call = cues.call().in(facts.text(), facts.lowerCase());
			int alsoAt = -1;
			if (!call && callHeadline && !lead) {
				// "Vladimir Putin also spoke to another participant in the
				// campaign, Name" under a call headline: another of the
				// release's calls.
				Matcher also = ALSO_SPOKE.matcher(facts.text());
				if (also.find()) {
					alsoAt = also.start();
					call = true;
				}
			}
			int spokeAt = call ? -1
					: EarlierCalls.spokeWith(lang, facts.text(), facts.lowerCase(), facts.mentions(), titleMentions);
			if (spokeAt >= 0) {
				// "You spoke with Angela Merkel twice, and you also spoke with Alexander
				// Lukashenko": a call with each, on the day only "just" gives.
				LocalDate day = EarlierCalls.today(facts.text()) ? published : null;
				List<Mention> people = facts.mentions()
					.stream()
					.filter((m) -> otherPerson(m) && m.start() > spokeAt)
					.toList();
				if (knownSpeaker && turn != null && !PRESIDENT.equals(turn)
						&& EarlierCalls.firstPerson(facts.text(), spokeAt)) {
					// «Я разговаривал ... с Зеленским» in Alexander
					// Lukashenko's turn: his call, with those he names
					// (LABELING.md: calls between other leaders).
					for (String person : people.stream().map(Mention::name).distinct().toList()) {
						if (!person.equals(turn)) {
							betweenOthers(facts, spokeAt, List.of(turn, person), calls, events);
						}
					}
					people = List.of();
				}
				else if (people.isEmpty()) {
					List<String> states = listedStates(facts, spokeAt);
					if (states.size() > 1) {
						// "I spoke with the President of France and the Chancellor of the
						// Federal Republic of Germany": a call with each.
						for (String state : states) {
							otherCall(facts, spokeAt, List.of(PRESIDENT, state), day, calls, events);
						}
					}
					else {
						call(facts, spokeAt, facts.mentions(), day, calls, events, null);
					}
				}
				for (String person : people.stream().map(Mention::name).distinct().toList()) {
					call(facts, spokeAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, calls,
							events, null);
				}
			}
			else if (!call && !lead && EarlierCalls.previous(facts.text(), facts.lowerCase())) {
				// "In follow-up to their previous conversation" in a readout: an earlier
				// call with the same leader, its day untold.
				earlierCall(facts, published, events);
			}
			if (call) {
				List<Mention> mentions = facts.mentions();
				if (callHeadline && calls.isEmpty()) {
					// The first call of a "Telephone conversation with ..." release is
					// the one the headline names.
					mentions = new ArrayList<>(titleMentions);
					mentions.addAll(facts.mentions());
				}
				else if (!callHeadline && participants(mentions).size() == 1 && EarlierCalls.withUs(facts.text())
						&& participants(titleMentions).size() == 2
						&& titleMentions.stream().anyMatch((m) -> m.type() == EntityType.PERSON)) {
					// "You and I recently spoke on the telephone" in a meeting with one
					// leader: the call was with him.
					mentions = new ArrayList<>(titleMentions);
					mentions.addAll(facts.mentions());
				}
				Matcher cue = cues.call().pattern().matcher(facts.text());
				// Only the call the release is about ("Telephone conversation
				// with ..." as its headline, or its lead) took place on the
				// publication day.
				boolean subject = (callHeadline && calls.isEmpty()) || lead;
				int cueAt = cue.find() ? cue.start() : Math.max(alsoAt, 0);
				// "Vladimir Putin also spoke by phone with ..." after the release's dated
				// calls: one more of them, on their day.
				LocalDate day = subject ? published
						: (callHeadline && ALSO_CALLED.matcher(facts.text()).find()) ? lastCallDay(events) : null;
				boolean otherTurn = knownSpeaker && turn != null && !PRESIDENT.equals(turn) && !subject
						&& FIRST_PERSON_BEFORE.matcher(facts.text())
							.region(Math.max(0, Math.min(cueAt, facts.text().length()) - 60),
									Math.min(cueAt, facts.text().length()))
							.find();
				List<String> theirs = subject ? null : theirs(facts, cueAt);
				String his = (subject || lastPerson == null || (turn != null && !PRESIDENT.equals(turn))
						|| participants(mentions).size() > 1
						|| !HIS_BEFORE.matcher(facts.text().substring(0, Math.min(cueAt, facts.text().length())))
							.find()) ? null : lastPerson;
				List<Mention> people = mentions.stream().filter(EventDetector::otherPerson).toList();
				List<String> between = between(facts.text(), cueAt, people);
				List<String> owned = (between == null) ? ownedByAnother(facts.text(), cueAt, people) : null;
				if (!subject && (ahead(facts.text(), cueAt) || asked(facts.text(), cueAt))) {
					// "We agreed that we will speak on the telephone after his trip",
					// «договорились созвониться»: a call ahead is no call (LABELING.md).
				}
				else if (owned != null) {
					// "as agreed during Alexander Lukashenko's telephone conversations
					// with Angela Merkel": another leader's calls, none of the release's,
					// but calls of those two (LABELING.md, round 6), on the day the
					// sentence gives, if any. Without a named partner nothing is known.
					if (owned.size() > 1) {
						betweenOthers(facts, cueAt, owned, calls, events);
					}
				}
				else if (theirs != null) {
					// "as discussed by A and B during their recent contacts over the
					// telephone": a call of those two, not the President's.
					otherCall(facts, cueAt, theirs, null, calls, events);
				}
				else if (Patterns.after(OTHERS_COLLEAGUES, facts.text(), cueAt).find()) {
					// "officials who talked over the phone with their Russian
					// colleagues":
					// calls of others with others, no one named, none of the release's.
				}
				else if (between != null) {
					// "the previous telephone conversation between Alexander Lukashenko
					// and Angela Merkel": a call of two others, on the day the sentence
					// gives, if any.
					betweenOthers(facts, cueAt, between, calls, events);
				}
				else if (otherTurn) {
					// "We have just had a telephone conversation with the President of
					// Russia" in Alexander Lukashenko's turn: his call (LABELING.md:
					// calls between other leaders), with the President when he is the one
					// named or addressed.
					// Only the sentence's own people: the headline's guest is not
					// the counterpart of a minister's "we".
					turnCall(facts, cueAt, turn, facts.mentions().stream().filter(EventDetector::otherPerson).toList(),
							EarlierCalls.today(facts.text()) ? published : day, calls, events);
				}
				else if (his != null) {
					// "I remember very well his telephone call" after a sentence on
					// Nursultan Nazarbayev: a call with him.
					if (!EarlierCalls.habitual(facts.text())) {
						otherCall(facts, cueAt, List.of(PRESIDENT, his), day, calls, events);
					}
				}
				else if (SEVERAL_CALLS.matcher(facts.text()).find()
						&& people.stream().map(Mention::name).distinct().count() > 1) {
					// "had telephone conversations with Aliyev and Pashinyan": a call
					// with each.
					if (!subject) {
						LocalDate named0 = namedLater(events, calls, named);
						day = (named0 != null) ? named0 : day;
					}
					for (String person : people.stream().map(Mention::name).distinct().toList()) {
						call(facts, cueAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, calls,
								events, null);
					}
				}
				else {
					call(facts, cueAt, mentions, day, calls, events, callHeadline ? title : null);
				}
			}
			lead = false;
			// "the talks during President Macron's recent visit to Moscow and regular
			// telephone conversations": a call sentence can still report a meeting.
			String text = call
					? cues.call().pattern().matcher(facts.text()).replaceAll((m) -> " ".repeat(m.group().length()))
					: facts.text();
			// Before the first turn of a transcript the release tells what the President
			// did: its meetings take their day and place from that account.
			List<ExtractedEvent> found = narrative.resolve(facts,
					meetings.apply(facts, text, call ? text.toLowerCase(Locale.ROOT) : facts.lowerCase()),
					turn == null);
			events.addAll(found);
			List<ExtractedEvent> sentenceForums = Forums.find(cues, published, facts, found);
			events.addAll(sentenceForums);
			forums.addAll(sentenceForums);
			if ("".equals(turn)) {
				// A journalist's question or remark is no official's warning.
				continue;
			}
			boolean cued = cues.warning().in(facts.text(), facts.lowerCase());
			int judgedAt = cued ? -1 : OthersStepJudged.find(facts.text(), facts.lowerCase());
			if (!cued && judgedAt < 0 || (!knownSpeaker && ASKED.matcher(facts.text()).find())
					|| NOT_A_WARNING.matcher(facts.text()).find()) {
				// In an official's turn of a transcript a question is rhetorical ("Do you
				// realise that ... you will get drawn into a military conflict?").
				continue;
			}
			int cueAt = cued ? cues.warning().start(facts.text(), facts.lowerCase()) : -1;
			events.add(warning(facts, (cueAt >= 0) ? cueAt : Math.max(judgedAt, 0), turn));
		}
		if (calls.isEmpty() && callHeadline && !sentences.isEmpty()) {
			// "Telephone conversation with ..." as the headline, the text going straight
			// to what was discussed: the first sentence is the evidence.
			SentenceFacts first = sentences.get(0);
			call(new SentenceFacts(first.sentence(), titleMentions, List.of()), 0, titleMentions, published, calls,
					events, title);
		}
		if (!sentences.isEmpty() && !callHeadline) {
			headlineMeeting(cues, meetings, narrative, headline, dateline, published, sentences.get(0), events, forums);
		}
		narrative.dropRepeated(events);
		// "the forum in Volgograd" in the release on that forum's day there: the same
		// forum, told again without its day.
		// A forum in the dateline's city within days of the release's own meeting there,
		// or "today's forum" under a forum's headline: the release's meeting told again.
		boolean forumTitle = Forums.named(title);
		events
			.removeIf((e) -> forums.contains(e) && ((e.place() == null && forumTitle && published.equals(e.dateStart()))
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
				&& !VIDEOCONFERENCE.matcher(e.evidence().sentence()).find());
		// A videoconference has no venue: the dateline is where the President sits.
		boolean videoHeadline = VIDEOCONFERENCE.matcher(title).find();
		String lead0 = sentences.isEmpty() ? null : sentences.get(0).text();
		// A lead repeated in the body must not count twice.
		return events.stream()
			.map((e) -> (e.type() == EventType.MEETING && e.place() != null
					&& (VIDEOCONFERENCE.matcher(e.evidence().sentence()).find()
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
	 * The meeting a headline names: "On February 18, Vladimir Putin will hold talks ...
	 * in Moscow" announces one; "Meeting with ..." / «Российско-китайские переговоры»
	 * reports one held on the publication day where the dateline says. The first sentence
	 * is the evidence.
	 */
	private void headlineMeeting(Cues cues, MeetingRule meetings, Narrative narrative, SentenceFacts headline,
			String dateline, LocalDate published, SentenceFacts first, List<ExtractedEvent> events,
			Set<ExtractedEvent> forums) {
		Set<LocalDate> told = new java.util.HashSet<>();
		// A meeting dated from the account around it ("That same day, ... via
		// videoconference") does not tell the headline's meeting.
		events.stream()
			.filter((e) -> e.type() == EventType.MEETING && !narrative.dated(e))
			.forEach((e) -> told.add(e.dateStart()));
		boolean announced = false;
		String headlineVenue = null;
		for (ExtractedEvent meeting : meetings.apply(headline, headline.text(), headline.lowerCase())) {
			if (meeting.dateStart() != null && !told.contains(meeting.dateStart())) {
				events.add(placed(meeting, first, events));
			}
			announced |= meeting.dateStart() != null;
			if (headlineVenue == null && meeting.status() == EventStatus.HELD) {
				headlineVenue = meeting.place();
			}
		}
		if (!announced && (cues.titleMeeting().matcher(headline.text()).lookingAt()
				|| FORUM_TITLE.matcher(headline.text()).lookingAt())) {
			// No dateline, but the lead places the meeting ("held a meeting in the
			// Kremlin", «в Кремле»): that is the headline's meeting and its place.
			String place = dateline;
			if (place == null) {
				place = events.stream()
					// "In advance of the St Petersburg International Economic Forum, ...
					// met with": the forum's city is not the headline meeting's.
					.filter((e) -> e.type() == EventType.MEETING && !forums.contains(e)
							&& (e.dateStart() == null || narrative.dated(e)) && e.place() != null
							&& e.evidence().sentence().equals(first.text())
							&& !VIDEOCONFERENCE.matcher(first.text()).find()
							&& !PastPeriod.in(e.evidence().sentence(), published))
					.map(ExtractedEvent::place)
					.findFirst()
					// Round 15b: "... consultations took place in Yekaterinburg": the
					// headline's own place, when neither dateline nor lead gives one.
					.orElse(headlineVenue);
			}
			String headlinePlace = place;
			if (headlinePlace != null && dateline == null) {
				events.removeIf((e) -> e.type() == EventType.MEETING && e.dateStart() == null
						&& headlinePlace.equals(e.place()) && e.evidence().sentence().equals(first.text()));
			}
			// The text tells the headline's meeting again without a date: it is that one.
			// "The Russia–Africa summit was held here in Sochi in 2019" is another one.
			// So is one the account dated to this day.
			events.removeIf((e) -> e.type() == EventType.MEETING && (e.dateStart() == null || narrative.dated(e))
					&& (e.place() == null || e.place().equals(dateline))
					&& !PastPeriod.in(e.evidence().sentence(), published)
					// An earlier edition of the headline's forum ("which I attended three
					// years ago") is another meeting.
					&& !(e.dateStart() == null && Forums.named(headline.text())
							&& Narrative.earlier(e.evidence().sentence())));
			List<String> participants = headline.mentions()
				.stream()
				.filter((m) -> m.type() != EntityType.PLACE)
				.map(Mention::name)
				.distinct()
				.toList();
			String summary = "Meeting" + (participants.isEmpty() ? "" : " (" + String.join(", ", participants) + ")")
					+ ((place != null) ? " in " + place : "") + " on " + published;
			events.add(new ExtractedEvent(EventType.MEETING, EventStatus.HELD, published, published, place,
					participants, null, summary, first.evidence()));
		}
	}

	/**
	 * The headline's dated meeting, which the text often places without repeating the day
	 * ("On June 3, Vladimir Putin will meet ..." over "... will hold talks ... in
	 * Sochi"): it takes the place of the undated meeting of the same status the text
	 * tells, which it replaces.
	 */
	private static ExtractedEvent placed(ExtractedEvent meeting, SentenceFacts first, List<ExtractedEvent> events) {
		ExtractedEvent dated = withEvidence(meeting, first);
		if (meeting.place() != null) {
			return dated;
		}
		for (ExtractedEvent told : events) {
			if (told.type() == EventType.MEETING && told.dateStart() == null && told.place() != null
					&& told.status() == meeting.status()) {
				events.remove(told);
				return new ExtractedEvent(EventType.MEETING, meeting.status(), meeting.dateStart(), meeting.dateEnd(),
						told.place(), meeting.participants(), null, meeting.summary() + " in " + told.place(),
						told.evidence());
			}
		}
		return dated;
	}

	private static ExtractedEvent withEvidence(ExtractedEvent event, SentenceFacts facts) {
		return new ExtractedEvent(event.type(), event.status(), event.dateStart(), event.dateEnd(), event.place(),
				event.participants(), event.speaker(), event.summary(), facts.evidence());
	}

	private void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate published,
			Set<List<String>> calls, List<ExtractedEvent> events, String headline) {
		call(facts, cueAt, mentions, published, calls, events, headline, null);
	}

	private void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate published,
			Set<List<String>> calls, List<ExtractedEvent> events, String headline, String unknown) {
		List<String> participants = participants(mentions);
		// "Президент США Трамп и Король Саудовской Аравии": a leader named only by his
		// office beside a named one; his state stands for him (LABELING.md accepts it).
		List<String> titled = titledStates(facts.text(), cueAt, mentions, participants);
		if (!titled.isEmpty()) {
			participants = new ArrayList<>(participants);
			participants.addAll(titled);
			participants = List.copyOf(participants);
		}
		if (participants.size() == 1 && headline != null) {
			// A counterpart the gazetteer does not know: the name that ends the headline.
			Matcher name = EN_TITLE_NAME.matcher(headline);
			if (name.find()) {
				participants = List.of(PRESIDENT, name.group(1));
			}
		}
		if (participants.size() == 1 && headline != null && CallCounterparts.servicemen(headline, 0)) {
			// «Президент по телефону поздравил командиров»: servicemen named by the
			// headline stand for Russia (LABELING.md, set 7).
			participants = List.of(PRESIDENT, RUSSIA);
		}
		if (participants.size() == 1) {
			// ... or the name after his office: "with President of the Republic of
			// Ecuador, Mr Guillermo Lasso".
			String name = EarlierCalls.titledName(facts.text(), cueAt);
			if (name != null) {
				participants = List.of(PRESIDENT, name);
			}
		}
		if (unknown != null) {
			participants = unknownCounterpart(facts, cueAt, participants, unknown);
		}
		else if (mentions.stream().noneMatch(EventDetector::otherPerson)
				&& participants.stream().noneMatch((p) -> !PRESIDENT.equals(p) && !isState(p, mentions))) {
			// Private persons the gazetteer does not know, named after the call's words
			// ("spoke on the phone with ... Ivan Petrov and Anna Smirnova"): a call with
			// each (LABELING.md, set 7).
			List<String> persons = CallCounterparts.named(facts.text(), cueAt, mentions);
			if (persons.size() > 1) {
				for (String person : persons) {
					call(facts, cueAt, mentions, published, calls, events, headline, person);
				}
				return;
			}
			if (persons.size() == 1) {
				participants = unknownCounterpart(facts, cueAt, participants, persons.get(0));
			}
			else if (participants.size() == 1 && CallCounterparts.servicemen(facts.text(), cueAt)) {
				// «с командирами ... бригады»: servicemen named by their unit, never the
				// President alone; their state is Russia (LABELING.md, set 7).
				participants = List.of(PRESIDENT, RUSSIA);
			}
		}
		// "the December 7 videoconference and the December 30 telephone conversation":
		// the date nearest the call's own words is its day.
		LocalDate date = callDay(facts, cueAt, published);
		// published is null for a call told in passing, not the release's subject ("in
		// our telephone conversation ..."): its day is unknown, never guessed.
		List<String> counterparts = participants;
		// participants() names the state or organisation only when no person is named
		// (or, with a person, a leader named by his office alone).
		boolean unnamed = counterparts.size() == 1
				|| counterparts.stream().skip(1).allMatch((c) -> isState(c, mentions));
		if (date == null && (unnamed || EarlierCalls.habitual(facts.text()))
				&& !(counterparts.size() > 1 && EarlierCalls.ours(facts.text(), cueAt))
				&& Patterns.after(PLURAL_CALLS, facts.text(), cueAt).lookingAt()) {
			// "during your recent telephone conversations" with no one named, or "our
			// regular telephone conversations": calls in general or a habit, none told.
			// "We had several telephone conversations with him in recent weeks" told
			// some.
			return;
		}
		if (participants.size() == 1 && date == null) {
			// Neither the day nor the counterpart: nothing is known of this call.
			return;
		}
		if (date == null && EarlierCalls.habitual(facts.text())) {
			// "We have always talked over the phone whenever needed": a habit, no call.
			return;
		}
		List<String> others = participants.subList(1, participants.size());
		// A leader named by his office whom no call so far included makes it another
		// call, not the same one told again.
		boolean newParty = titled.stream()
			.anyMatch((state) -> events.stream()
				.noneMatch((e) -> e.type() == EventType.CALL && e.participants().contains(state)));
		if (date == null && !newParty
				&& events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
							&& (unnamed || e.participants().stream().anyMatch(others::contains)))) {
			// "The telephone conversation with the United States lasted an hour" after
			// the call the release reports: the same call told again, without its day.
			return;
		}
		if (date != null && !newParty
				&& events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && date.equals(e.dateStart())
							&& e.participants().stream().anyMatch(others::contains))) {
			// "the issues discussed during the telephone conversation today" with Biden
			// after the readout's call with him that day: the same call told again.
			return;
		}
		if (unnamed && events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
					&& java.util.Objects.equals(date, e.dateStart()))) {
			// "the conversation with the United States" after the one with its President
			// that day: the same call told again.
			return;
		}
		if (!calls.add(participants)) {
			return;
		}
		if (participants.size() > 1) {
			// "the conversation" first, "with the President of the United States" later:
			// the counterpart-less mention of that day was this call.
			events.removeIf((e) -> e.type() == EventType.CALL && e.participants().size() == 1
					&& java.util.Objects.equals(date, e.dateStart()));
		}
		String summary = "Telephone conversation: " + String.join(", ", participants);
		events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null, summary,
				facts.evidence()));
	}

	/**
	 * The earlier call a readout follows up ("In follow-up to their previous
	 * conversation"): with the leader of the call the release reports, undated.
	 */
	private static void earlierCall(SentenceFacts facts, LocalDate published, List<ExtractedEvent> events) {
		ExtractedEvent reported = events.stream()
			.filter((e) -> e.type() == EventType.CALL && published.equals(e.dateStart()) && e.participants().size() > 1)
			.findFirst()
			.orElse(null);
		if (reported == null || events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.dateStart() == null
					&& e.participants().equals(reported.participants()))) {
			return;
		}
		events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, null, null, null, reported.participants(), null,
				reported.summary(), facts.evidence()));
	}

	/**
	 * "On January 6–7, Putin had telephone conversations with heads of the CSTO states.
	 * The President had telephone conversations with A, B and C": the dated calls the
	 * lead told without naming anyone are named now. Their day is the lead's, and the
	 * unnamed call gives way to them; {@code null} when no such call was told.
	 */
	private static LocalDate namedLater(List<ExtractedEvent> events, Set<List<String>> calls, Set<String> named) {
		ExtractedEvent told = events.stream()
			.filter((e) -> e.type() == EventType.CALL && e.dateStart() != null)
			.filter((e) -> e.participants().stream().skip(1).noneMatch(named::contains))
			.findFirst()
			.orElse(null);
		if (told == null) {
			return null;
		}
		events.remove(told);
		calls.remove(told.participants());
		return told.dateStart();
	}

	/**
	 * The two or more people of "a telephone conversation between A and B" (or
	 * «телефонный разговор между A и B»), when the President is not one of them;
	 * {@code null} otherwise.
	 */
	private static List<String> between(String sentence, int cueAt, List<Mention> people) {
		Matcher between = BETWEEN.matcher(sentence);
		if (!between.find(Math.min(cueAt, sentence.length())) || between.start() - cueAt > 40
				|| PRESIDENT_NAMED.matcher(sentence.substring(between.end())).lookingAt()) {
			return null;
		}
		int after = between.end();
		List<String> named = people.stream()
			.filter((m) -> m.start() >= after && m.start() - after < 120)
			.map(Mention::name)
			.distinct()
			.toList();
		return (named.size() >= 2) ? named : null;
	}

	/**
	 * Whether the call's words tell a call ahead: a future or an intention right before
	 * or inside them ("will speak on the telephone", "agreed to talk by phone",
	 * «договорились созвониться», «созвонимся»).
	 */
	private static boolean ahead(String sentence, int cueAt) {
		if (cueAt >= sentence.length()) {
			return false;
		}
		int from = Math.max(0, cueAt - 40);
		int to = Math.min(sentence.length(), cueAt + 80);
		return CALL_AHEAD.matcher(sentence).region(from, to).find();
	}

	/** Whether the call's words are asked about in a question ("did you have ...?"). */
	private static boolean asked(String sentence, int cueAt) {
		return sentence.stripTrailing().endsWith("?") && cueAt <= sentence.length()
				&& CALL_ASKED.matcher(sentence.substring(Math.max(0, cueAt - 40), cueAt)).find();
	}

	/**
	 * When a leader's possessive owns the call's words ("Lukashenko's telephone
	 * conversations with Angela Merkel"), that leader and the people named after the
	 * words (within a clause's reach); {@code null} when the call is no one else's.
	 */
	private static List<String> ownedByAnother(String sentence, int cueAt, List<Mention> people) {
		Matcher owner = POSSESSIVE.matcher(sentence.substring(0, Math.min(cueAt, sentence.length())));
		if (!owner.find()) {
			return null;
		}
		Mention owning = people.stream().filter((m) -> m.end() == owner.start()).findFirst().orElse(null);
		if (owning == null) {
			return null;
		}
		Set<String> named = new LinkedHashSet<>();
		named.add(owning.name());
		people.stream()
			.filter((m) -> m.start() >= cueAt && m.start() - cueAt < 120)
			.forEach((m) -> named.add(m.name()));
		return List.copyOf(named);
	}

	private static void betweenOthers(SentenceFacts facts, int cueAt, List<String> participants,
			Set<List<String>> calls, List<ExtractedEvent> events) {
		otherCall(facts, cueAt, participants, null, calls, events);
	}

	/**
	 * The day of the call whose words start at {@code cueAt}: the date nearest them in
	 * their clause, else {@code otherwise}. A date past a colon or semicolon belongs to
	 * what was said on the call ("I have told you over the phone more than once: ...
	 * today"), not to the call.
	 */
	private static LocalDate callDay(SentenceFacts facts, int cueAt, LocalDate otherwise) {
		String text = facts.text();
		return facts.dates()
			.stream()
			.filter(DateMention::resolved)
			.filter((d) -> !CLAUSE_END.matcher(text)
				.region(Math.max(0, Math.min(Math.min(d.start(), cueAt), text.length())),
						Math.max(0, Math.min(Math.max(d.start(), cueAt), text.length())))
				.find())
			.min(java.util.Comparator.comparingInt((DateMention d) -> Math.abs(d.start() - cueAt)))
			.map(DateMention::from)
			.orElse(otherwise);
	}

	/** The day of the release's last dated call, or {@code null}. */
	private static LocalDate lastCallDay(List<ExtractedEvent> events) {
		LocalDate day = null;
		for (ExtractedEvent e : events) {
			if (e.type() == EventType.CALL && e.dateStart() != null) {
				day = e.dateStart();
			}
		}
		return day;
	}

	/**
	 * The people named before "their" call ("discussed by A and B during their recent
	 * contacts over the telephone"), when two or more, none the President; {@code null}
	 * otherwise.
	 */
	private static List<String> theirs(SentenceFacts facts, int cueAt) {
		String text = facts.text();
		if (cueAt <= 0 || cueAt > text.length() || !THEIR_BEFORE.matcher(text.substring(0, cueAt)).find()) {
			return null;
		}
		List<String> before = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON && m.end() <= cueAt && cueAt - m.end() < 200)
			.map(Mention::name)
			.distinct()
			.toList();
		return (before.size() >= 2 && !before.contains(PRESIDENT)) ? before : null;
	}

	/**
	 * The states named after {@code from}, other than Russia, when no person is ("the
	 * President of France and the Chancellor of Germany").
	 */
	private static List<String> listedStates(SentenceFacts facts, int from) {
		return facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.COUNTRY && m.start() > from && !RUSSIA.equals(m.name()))
			.map(Mention::name)
			.distinct()
			.toList();
	}

	/**
	 * A call of another official, in his turn of a transcript, told in the first person:
	 * with the people he names, else the states, else the President when named or
	 * addressed ("you"); nothing when no counterpart is known or the contact is a habit.
	 */
	private static void turnCall(SentenceFacts facts, int cueAt, String turn, List<Mention> people, LocalDate day,
			Set<List<String>> calls, List<ExtractedEvent> events) {
		// What was said on the call ("I have told you over the phone more than once:
		// Belarus is always under sanctions") is neither habit nor counterpart.
		String text = facts.text();
		Matcher end = Patterns.after(CLAUSE_END, text, cueAt);
		int clauseEnd = end.find() ? end.start() : text.length();
		String clause = text.substring(0, clauseEnd);
		if (EarlierCalls.habitual(clause)) {
			return;
		}
		List<String> others = people.stream()
			.filter((m) -> m.start() < clauseEnd)
			.map(Mention::name)
			.filter((n) -> !n.equals(turn))
			.distinct()
			.toList();
		if (others.isEmpty()) {
			others = listedStates(facts, cueAt).stream()
				.filter((state) -> facts.mentions()
					.stream()
					.anyMatch((m) -> state.equals(m.name()) && m.start() > cueAt && m.start() < clauseEnd))
				.toList();
		}
		// "you" or "each other" at a meeting with the President, or the President named:
		// he is the counterpart.
		if (others.isEmpty()
				&& (facts.mentions().stream().anyMatch((m) -> PRESIDENT.equals(m.name()) && m.start() < clauseEnd)
						|| YOU.matcher(clause).region(Math.max(0, Math.min(cueAt, clauseEnd) - 60), clauseEnd).find()
						|| PRESIDENT_NAMED.matcher(clause).region(Math.min(cueAt, clauseEnd), clauseEnd).find()
						|| EACH_OTHER.matcher(clause).find())) {
			others = List.of(PRESIDENT);
		}
		for (String other : others) {
			otherCall(facts, cueAt, PRESIDENT.equals(other) ? List.of(PRESIDENT, turn) : List.of(turn, other), day,
					calls, events);
		}
	}

	/**
	 * A call of the participants given, on the day its clause names, else
	 * {@code otherwise}; once per participants.
	 */
	private static void otherCall(SentenceFacts facts, int cueAt, List<String> participants, LocalDate otherwise,
			Set<List<String>> calls, List<ExtractedEvent> events) {
		LocalDate date = callDay(facts, cueAt, otherwise);
		if (calls.add(participants)) {
			events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null,
					"Telephone conversation: " + String.join(", ", participants), facts.evidence()));
		}
	}

	/**
	 * The states whose leader a call sentence names by office alone beside named people
	 * ("President Trump and the King of Saudi Arabia", «Король Саудовской Аравии»): an
	 * office word right before the state, no name right after it. Empty when no person is
	 * named (participants() then takes the states) or none is so named.
	 */
	static List<String> titledStates(String text, int cueAt, List<Mention> mentions, List<String> participants) {
		if (participants.size() < 2 || mentions.stream().noneMatch((m) -> m.type() == EntityType.COUNTRY)) {
			return List.of();
		}
		List<String> states = new ArrayList<>();
		for (Mention state : mentions) {
			if (state.type() != EntityType.COUNTRY || RUSSIA.equals(state.name()) || participants.contains(state.name())
					|| state.start() < cueAt - 200) {
				continue;
			}
			Matcher officeWord = OFFICE_BEFORE.matcher(text.substring(Math.max(0, state.start() - 40), state.start()));
			int officeAt = officeWord.find() ? Math.max(0, state.start() - 40) + officeWord.start() : -1;
			// ... in a list of the call's parties, right after a named one ("Trump and
			// the King of"), not an office told of someone ("elected President of
			// Kazakhstan")
			boolean office = officeAt >= 0 && mentions.stream()
				.anyMatch((m) -> m.type() == EntityType.PERSON && m.end() <= officeAt
						&& LIST_JOINT.matcher(text.substring(m.end(), officeAt)).matches());
			boolean nameAfter = mentions.stream()
				.anyMatch((m) -> m.type() == EntityType.PERSON && m.start() >= state.end()
						&& m.start() - state.end() <= 12);
			if (office && !nameAfter) {
				states.add(state.name());
			}
		}
		return states;
	}

	/** The President, the person the gazetteer does not know, then any state named. */
	private static List<String> unknownCounterpart(SentenceFacts facts, int cueAt, List<String> participants,
			String person) {
		List<String> with = new ArrayList<>();
		with.add(PRESIDENT);
		with.add(person);
		with.addAll(participants.subList(1, participants.size()));
		if (with.size() == 2 && CallCounterparts.servicemen(facts.text(), cueAt)) {
			with.add(RUSSIA);
		}
		return List.copyOf(with);
	}

	/** A person named in a sentence other than the President. */
	private static boolean otherPerson(Mention mention) {
		return mention.type() == EntityType.PERSON && !PRESIDENT.equals(mention.name());
	}

	private static boolean isState(String name, List<Mention> mentions) {
		return mentions.stream()
			.anyMatch((m) -> (m.type() == EntityType.COUNTRY || m.type() == EntityType.ORG) && name.equals(m.name()));
	}

	static List<String> participants(List<Mention> mentions) {
		Set<String> people = new LinkedHashSet<>();
		people.add(PRESIDENT);
		mentions.stream().filter((m) -> m.type() == EntityType.PERSON).forEach((m) -> people.add(m.name()));
		if (people.size() == 1) {
			// No named counterpart: the state or organisation on the other end.
			mentions.stream()
				.filter((m) -> m.type() == EntityType.COUNTRY || m.type() == EntityType.ORG)
				.filter((m) -> !"Russia".equals(m.name()))
				.forEach((m) -> people.add(m.name()));
		}
		return List.copyOf(people);
	}

	/**
	 * A warning with its speaker: a person named before the cue as its subject (not after
	 * "with", "told" ...), else the speaker of the transcript's turn, else the President.
	 */
	private ExtractedEvent warning(SentenceFacts facts, int cueAt, String turn) {
		String speaker = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON && m.start() < cueAt)
			.filter((
					m) -> !OBJECT_BEFORE.matcher(facts.text().substring(Math.max(0, m.start() - 60), m.start())).find())
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

}
