package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

import static org.kremlinwatch.extract.event.EventDetector.PRESIDENT;
import static org.kremlinwatch.extract.event.EventDetector.RUSSIA;

/**
 * Telephone calls of one release, sentence by sentence: the President's with the people,
 * states or servicemen a sentence names, and those of other leaders it tells. A call
 * sentence can correct what an earlier one told (a counterpart named later, the same call
 * told again), so the rule adds to and trims the release's events as it goes.
 */
final class CallRule {

	private static final Pattern PLURAL_CALLS = Pattern
		.compile("(?iu)(telephone |phone )?(conversations|calls)\\b|(телефонн\\w+ )?разговор(ы|ов|ах|ами)\\b");

	/** A meeting held or announced by videoconference has no place (LABELING.md). */
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

	/**
	 * "the telephone conversation between the two leaders": the President and the leader
	 * the release has just named.
	 */
	private static final Pattern TWO_LEADERS = Pattern
		.compile("(?iuU)^\\W*(\\w+\\W+){0,3}?(between|of) (the|our) two (leaders|presidents|heads of state)\\b"
				+ "|^\\W*(\\w+\\W+){0,3}?между (двумя |нашими )?(лидерами|президентами|главами государств)\\b");

	/**
	 * "Anthony Blinken called me to say", «мне позвонил Х»: a call of the caller named
	 * right before (or, in Russian, after) with the one speaking. "called us a gas
	 * station" names, it does not phone.
	 */
	private static final Pattern CALLED_ME = Pattern.compile(
			"(?U)\\b(called|phoned|rang) (me|us)( up)?(?=( to| and| yesterday| today| last| on| back| twice| again)\\b|\\s*[,.;:]|\\s*$)"
					+ "|(?iU)\\b(позвонил|позвонила|звонил|звонила) (мне|нам)\\b|\\b(?<after>(мне|нам) (позвонил|позвонила|звонил|звонила))\\b");

	/**
	 * The President's call told in the release's own account, not in a speech: "The
	 * President had a telephone conversation with ...", «Президент провёл телефонный
	 * разговор». Without a date it is of the publication day, like a readout's
	 * (LABELING.md, set 9).
	 */
	private static final Pattern NARRATED = Pattern
		.compile("(?U)^\\W*(The President|Vladimir Putin|The head of state|Президент|Владимир Путин|Глава государства)"
				+ " (also |then |also then |также |затем )?(had|held|провёл|провел)\\b");

	/** A call told as earlier than the release's day. */
	private static final Pattern EARLIER = Pattern
		.compile("(?iuU)\\b(earlier|previously|before that|ранее|прежде|раньше)\\b");

	/**
	 * A counterpart named only by office at the end of the sentence ("with the Acting
	 * Emergency Situations Minister."): the next sentence, when it opens with a name,
	 * names him.
	 */
	private static final Pattern OFFICE_AT_END = Pattern.compile(
			"(?iuU)\\b(with|с|со) (the )?(acting |interim )?([\\p{L}-]+ ){0,5}?(minister|governor|mayor|head|director|chairman"
					+ "|commander|министр\\w*|губернатор\\w*|мэр\\w*|глав\\w+|руководител\\w+|директор\\w*|председател\\w+"
					+ "|командующ\\w+)( [\\p{L}-]+){0,5}\\W*$");

	/** Words that open the phrase of another event than the call, before its date. */
	private static final Pattern OTHER_EVENT = Pattern
		.compile("(?iuU)\\b(following|after|ahead of|prior to|in follow[- ]up to|on the eve of|marked|held|celebrated"
				+ "|observed|signed|adopted|took place|taking place|scheduled|hosted|по итогам|после|в преддверии"
				+ "|в канун|отмечаем\\w*|отмечавш\\w*|состоявш\\w*|прошедш\\w*|подписанн\\w*|проведённ\\w*"
				+ "|проведенн\\w*)\\b");

	private static final Pattern EN_TITLE_NAME = Pattern.compile("\\bwith (?:.* )?(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)$");

	private final Cues cues;

	private final Lang lang;

	private final LocalDate published;

	private final String title;

	private final List<Mention> titleMentions;

	/** Whether the headline names a call ("Telephone conversation with ..."). */
	private final boolean callHeadline;

	/** The release's events in text order, meetings and warnings included. */
	private final List<ExtractedEvent> events;

	/** The participants of every call told so far: each call once. */
	private final Set<List<String>> calls = new LinkedHashSet<>();

	/**
	 * Everyone the release has named so far, to tell a call with a person from one with a
	 * state or an organisation.
	 */
	private final Set<String> named = new HashSet<>();

	/**
	 * The last person (not the President) the previous sentence named: whom "his
	 * telephone call" was with.
	 */
	private Mention previousPerson;

	/**
	 * A call whose counterpart was named by office alone at the end of the previous
	 * sentence, waiting for the name; {@code null} when none.
	 */
	private PendingCall pending;

	CallRule(Cues cues, Lang lang, LocalDate published, SentenceFacts headline, List<ExtractedEvent> events) {
		this.cues = cues;
		this.lang = lang;
		this.published = published;
		this.title = headline.text();
		this.titleMentions = headline.mentions();
		this.callHeadline = cues.any(cues.call(), this.title);
		this.events = events;
		this.titleMentions.stream()
			.filter((m) -> m.type() == EntityType.PERSON)
			.forEach((m) -> this.named.add(m.name()));
	}

	/** Whether the headline names a call, which then is the release's subject. */
	boolean callHeadline() {
		return this.callHeadline;
	}

	/**
	 * Adds the calls a sentence tells to the release's events.
	 * @param facts the sentence
	 * @param lead whether it is the release's first sentence
	 * @param turn the speaker of the transcript's current turn: {@code null} outside
	 * turns, "" in a journalist's
	 * @param knownSpeaker whether that speaker is a person the gazetteer knows
	 * @return whether the sentence has a call's words, which are no meeting's
	 */
	boolean apply(SentenceFacts facts, boolean lead, String turn, boolean knownSpeaker) {
		Mention lastPerson = this.previousPerson;
		this.previousPerson = facts.mentions().stream().filter(CallRule::otherPerson).reduce((a, b) -> b).orElse(null);
		flushPending(facts);
		facts.mentions().stream().filter((m) -> m.type() == EntityType.PERSON).forEach((m) -> this.named.add(m.name()));
		boolean call = this.cues.call().in(facts.text(), facts.lowerCase());
		int alsoAt = -1;
		if (!call && this.callHeadline && !lead) {
			// "Vladimir Putin also spoke to another participant in the
			// campaign, Name" under a call headline: another of the
			// release's calls.
			Matcher also = ALSO_SPOKE.matcher(facts.text());
			if (also.find()) {
				alsoAt = also.start();
				call = true;
			}
		}
		int spokeAt = call ? -1 : EarlierCalls.spokeWith(this.lang, facts.text(), facts.lowerCase(), facts.mentions(),
				this.titleMentions);
		if (spokeAt >= 0) {
			spokeWith(facts, spokeAt, turn, knownSpeaker);
		}
		else if (!call && calledBy(facts, turn, knownSpeaker)) {
			// the call is added
		}
		else if (!call && !lead && EarlierCalls.previous(facts.text(), facts.lowerCase())) {
			// "In follow-up to their previous conversation" in a readout: an earlier
			// call with the same leader, its day untold.
			earlierCall(facts);
		}
		if (call) {
			told(facts, lead, turn, knownSpeaker, lastPerson, alsoAt);
		}
		return call;
	}

	/**
	 * After the last sentence: a "Telephone conversation with ..." headline over a text
	 * that goes straight to what was discussed still reports its call, the first sentence
	 * its evidence.
	 */
	void finish(List<SentenceFacts> sentences) {
		flushPending(null);
		if (this.calls.isEmpty() && this.callHeadline && !sentences.isEmpty()) {
			SentenceFacts first = sentences.get(0);
			call(new SentenceFacts(first.sentence(), this.titleMentions, List.of()), 0, this.titleMentions,
					this.published, this.title);
		}
	}

	/**
	 * "Anthony Blinken called me to say ...", «мне позвонил Х»: a call of the caller with
	 * the one speaking, the official whose turn it is or the President.
	 */
	private boolean calledBy(SentenceFacts facts, String turn, boolean knownSpeaker) {
		String text = facts.text();
		if (!text.contains("called") && !text.contains("phoned") && !text.contains("rang")
				&& !facts.lowerCase().contains("звонил")) {
			return false;
		}
		Matcher called = CALLED_ME.matcher(text);
		if (!called.find()) {
			return false;
		}
		String speaker = (turn == null || PRESIDENT.equals(turn)) ? PRESIDENT
				: (knownSpeaker && !turn.isEmpty()) ? turn : null;
		int at = called.start();
		boolean after = called.group("after") != null;
		Mention caller = facts.mentions()
			.stream()
			.filter((m) -> m.type() == EntityType.PERSON && !m.name().equals(speaker))
			.filter((m) -> after ? (m.start() >= called.end() && m.start() - called.end() <= 2)
					: (m.end() <= at && at - m.end() <= 2))
			.findFirst()
			.orElse(null);
		if (speaker == null || caller == null || ahead(text, at) || asked(text, at) || EarlierCalls.habitual(text)) {
			return false;
		}
		otherCall(facts, at, PRESIDENT.equals(speaker) ? List.of(PRESIDENT, caller.name())
				: PRESIDENT.equals(caller.name()) ? List.of(PRESIDENT, speaker) : List.of(speaker, caller.name()),
				null);
		return true;
	}

	/**
	 * "You spoke with Angela Merkel twice" without a telephone word (EarlierCalls): a
	 * call with each person named after {@code spokeAt}.
	 */
	private void spokeWith(SentenceFacts facts, int spokeAt, String turn, boolean knownSpeaker) {
		// "You spoke with Angela Merkel twice, and you also spoke with Alexander
		// Lukashenko": a call with each, on the day only "just" gives.
		LocalDate day = EarlierCalls.today(facts.text()) ? this.published : null;
		List<Mention> people = facts.mentions().stream().filter((m) -> otherPerson(m) && m.start() > spokeAt).toList();
		if (knownSpeaker && turn != null && !PRESIDENT.equals(turn)
				&& EarlierCalls.firstPerson(facts.text(), spokeAt)) {
			// «Я разговаривал ... с Зеленским» in Alexander
			// Lukashenko's turn: his call, with those he names
			// (LABELING.md: calls between other leaders).
			for (String person : people.stream().map(Mention::name).distinct().toList()) {
				if (!person.equals(turn)) {
					betweenOthers(facts, spokeAt, List.of(turn, person));
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
					otherCall(facts, spokeAt, List.of(PRESIDENT, state), day);
				}
			}
			else {
				call(facts, spokeAt, facts.mentions(), day, null);
			}
		}
		for (String person : people.stream().map(Mention::name).distinct().toList()) {
			call(facts, spokeAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, null);
		}
	}

	/**
	 * The calls of a sentence with a call's words, at {@code alsoAt} ("also spoke to
	 * another participant") when it has no telephone word.
	 */
	private void told(SentenceFacts facts, boolean lead, String turn, boolean knownSpeaker, Mention lastPerson,
			int alsoAt) {
		List<Mention> mentions = facts.mentions();
		if (this.callHeadline && this.calls.isEmpty()) {
			// The first call of a "Telephone conversation with ..." release is
			// the one the headline names.
			mentions = new ArrayList<>(this.titleMentions);
			mentions.addAll(facts.mentions());
		}
		else if (!this.callHeadline && participants(mentions).size() == 1 && EarlierCalls.withUs(facts.text())
				&& participants(this.titleMentions).size() == 2
				&& this.titleMentions.stream().anyMatch((m) -> m.type() == EntityType.PERSON)) {
			// "You and I recently spoke on the telephone" in a meeting with one
			// leader: the call was with him.
			mentions = new ArrayList<>(this.titleMentions);
			mentions.addAll(facts.mentions());
		}
		Matcher cue = this.cues.call().pattern().matcher(facts.text());
		// Only the call the release is about ("Telephone conversation
		// with ..." as its headline, or its lead) took place on the
		// publication day.
		boolean subject = (this.callHeadline && this.calls.isEmpty()) || lead;
		int cueAt = cue.find() ? cue.start() : Math.max(alsoAt, 0);
		// "Vladimir Putin also spoke by phone with ..." after the release's dated
		// calls: one more of them, on their day.
		LocalDate day = subject ? this.published
				: (this.callHeadline && ALSO_CALLED.matcher(facts.text()).find()) ? lastCallDay() : null;
		boolean otherTurn = knownSpeaker && turn != null && !PRESIDENT.equals(turn) && !subject
				&& FIRST_PERSON_BEFORE.matcher(facts.text())
					.region(Math.max(0, Math.min(cueAt, facts.text().length()) - 60),
							Math.min(cueAt, facts.text().length()))
					.find();
		List<String> theirs = subject ? null : theirs(facts, cueAt);
		// "his telephone call", "the telephone conversation between the two leaders":
		// with the last person the previous sentence named.
		String his = (subject || lastPerson == null || (turn != null && !PRESIDENT.equals(turn))
				|| participants(mentions).size() > 1
				|| !(HIS_BEFORE.matcher(facts.text().substring(0, Math.min(cueAt, facts.text().length()))).find()
						|| Patterns.after(TWO_LEADERS, facts.text(), cueAt).find())) ? null : lastPerson.name();
		List<Mention> people = mentions.stream().filter(CallRule::otherPerson).toList();
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
				betweenOthers(facts, cueAt, owned);
			}
		}
		else if (theirs != null) {
			// "as discussed by A and B during their recent contacts over the
			// telephone": a call of those two, not the President's.
			otherCall(facts, cueAt, theirs, null);
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
			betweenOthers(facts, cueAt, between);
		}
		else if (otherTurn) {
			// "We have just had a telephone conversation with the President of
			// Russia" in Alexander Lukashenko's turn: his call (LABELING.md:
			// calls between other leaders), with the President when he is the one
			// named or addressed.
			// Only the sentence's own people: the headline's guest is not
			// the counterpart of a minister's "we".
			turnCall(facts, cueAt, turn, facts.mentions().stream().filter(CallRule::otherPerson).toList(),
					EarlierCalls.today(facts.text()) ? this.published : day);
		}
		else if (his != null) {
			// "I remember very well his telephone call" after a sentence on
			// Nursultan Nazarbayev: a call with him.
			if (!EarlierCalls.habitual(facts.text())) {
				otherCall(facts, cueAt, List.of(PRESIDENT, his), day);
			}
		}
		else if (SEVERAL_CALLS.matcher(facts.text()).find()
				&& people.stream().map(Mention::name).distinct().count() > 1) {
			// "had telephone conversations with Aliyev and Pashinyan": a call
			// with each.
			if (!subject) {
				LocalDate named0 = namedLater();
				day = (named0 != null) ? named0 : day;
			}
			for (String person : people.stream().map(Mention::name).distinct().toList()) {
				call(facts, cueAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, null);
			}
		}
		else {
			if (day == null && turn == null && NARRATED.matcher(facts.text()).lookingAt()
					&& !EARLIER.matcher(facts.text()).find()) {
				// "The President had a telephone conversation with ..." in a news item:
				// its call of the publication day, unless the sentence dates it.
				day = this.published;
			}
			if (participants(mentions).size() == 1 && mentions.stream().noneMatch(CallRule::otherPerson)
					&& Patterns.after(OFFICE_AT_END, facts.text(), cueAt).find()) {
				this.pending = new PendingCall(facts, cueAt, mentions, day, this.callHeadline ? this.title : null);
				return;
			}
			call(facts, cueAt, mentions, day, this.callHeadline ? this.title : null);
		}
	}

	/**
	 * The call waiting for its counterpart's name: with the person that opens
	 * {@code next} ("... with the Acting Emergency Situations Minister. Alexander
	 * Chupriyan was instructed ..."), else as its own sentence tells it.
	 */
	private void flushPending(SentenceFacts next) {
		PendingCall waiting = this.pending;
		this.pending = null;
		if (waiting == null) {
			return;
		}
		Mention named = (next != null)
				? next.mentions().stream().filter((m) -> otherPerson(m) && m.start() <= 2).findFirst().orElse(null)
				: null;
		String unknown = (next != null && named == null) ? CallCounterparts.opening(next.text(), next.mentions())
				: null;
		call(waiting.facts(), waiting.cueAt(), (named != null) ? List.of(named) : waiting.mentions(), waiting.day(),
				waiting.headline(), unknown);
	}

	/** A call whose counterpart the next sentence may name. */
	private record PendingCall(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline) {
	}

	private void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline) {
		call(facts, cueAt, mentions, day, headline, null);
	}

	private void call(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline,
			String unknown) {
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
		else if (mentions.stream().noneMatch(CallRule::otherPerson)
				&& participants.stream().noneMatch((p) -> !PRESIDENT.equals(p) && !isState(p, mentions))) {
			// Private persons the gazetteer does not know, named after the call's words
			// ("spoke on the phone with ... Ivan Petrov and Anna Smirnova"): a call with
			// each (LABELING.md, set 7).
			List<String> persons = CallCounterparts.named(facts.text(), cueAt, mentions);
			if (persons.size() > 1) {
				for (String person : persons) {
					call(facts, cueAt, mentions, day, headline, person);
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
		LocalDate date = callDay(facts, cueAt, day);
		// day is null for a call told in passing, not the release's subject ("in
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
			.anyMatch((state) -> this.events.stream()
				.noneMatch((e) -> e.type() == EventType.CALL && e.participants().contains(state)));
		if (date == null && !newParty
				&& this.events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
							&& (unnamed || e.participants().stream().anyMatch(others::contains)))) {
			// "The telephone conversation with the United States lasted an hour" after
			// the call the release reports: the same call told again, without its day.
			return;
		}
		if (date != null && !newParty
				&& this.events.stream()
					.anyMatch((e) -> e.type() == EventType.CALL && date.equals(e.dateStart())
							&& e.participants().stream().anyMatch(others::contains))) {
			// "the issues discussed during the telephone conversation today" with Biden
			// after the readout's call with him that day: the same call told again.
			return;
		}
		if (unnamed && this.events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.participants().size() > 1
					&& java.util.Objects.equals(date, e.dateStart()))) {
			// "the conversation with the United States" after the one with its President
			// that day: the same call told again.
			return;
		}
		if (!this.calls.add(participants)) {
			return;
		}
		if (participants.size() > 1) {
			// "the conversation" first, "with the President of the United States" later:
			// the counterpart-less mention of that day was this call.
			this.events.removeIf((e) -> e.type() == EventType.CALL && e.participants().size() == 1
					&& java.util.Objects.equals(date, e.dateStart()));
		}
		String summary = "Telephone conversation: " + String.join(", ", participants);
		this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null,
				summary, facts.evidence()));
	}

	/**
	 * The earlier call a readout follows up ("In follow-up to their previous
	 * conversation"): with the leader of the call the release reports, undated.
	 */
	private void earlierCall(SentenceFacts facts) {
		ExtractedEvent reported = this.events.stream()
			.filter((e) -> e.type() == EventType.CALL && this.published.equals(e.dateStart())
					&& e.participants().size() > 1)
			.findFirst()
			.orElse(null);
		if (reported == null || this.events.stream()
			.anyMatch((e) -> e.type() == EventType.CALL && e.dateStart() == null
					&& e.participants().equals(reported.participants()))) {
			return;
		}
		this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, null, null, null, reported.participants(),
				null, reported.summary(), facts.evidence()));
	}

	/**
	 * "On January 6–7, Putin had telephone conversations with heads of the CSTO states.
	 * The President had telephone conversations with A, B and C": the dated calls the
	 * lead told without naming anyone are named now. Their day is the lead's, and the
	 * unnamed call gives way to them; {@code null} when no such call was told.
	 */
	private LocalDate namedLater() {
		ExtractedEvent told = this.events.stream()
			.filter((e) -> e.type() == EventType.CALL && e.dateStart() != null)
			.filter((e) -> e.participants().stream().skip(1).noneMatch(this.named::contains))
			.findFirst()
			.orElse(null);
		if (told == null) {
			return null;
		}
		this.events.remove(told);
		this.calls.remove(told.participants());
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

	private void betweenOthers(SentenceFacts facts, int cueAt, List<String> participants) {
		otherCall(facts, cueAt, participants, null);
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
			.filter((d) -> !anotherEvents(text, d, cueAt))
			.min(java.util.Comparator.comparingInt((DateMention d) -> Math.abs(d.start() - cueAt)))
			.map(DateMention::from)
			.orElse(otherwise);
	}

	/**
	 * Whether a date belongs to another event the call sentence names: "Following the
	 * talks held in Moscow on February 22, ... in a telephone conversation", "ahead of
	 * the Day of Unity, marked on April 2". The nearest such word before the date opens
	 * its phrase; one right after the call's words ("the telephone conversation held on
	 * March 3") is the call's own.
	 */
	private static boolean anotherEvents(String text, DateMention date, int cueAt) {
		int start = Math.min(date.start(), text.length());
		Matcher marker = OTHER_EVENT.matcher(text).region(Math.max(0, start - 80), start);
		int markerAt = -1;
		while (marker.find()) {
			markerAt = marker.start();
		}
		return markerAt >= 0 && !(cueAt <= markerAt && markerAt - cueAt <= 40);
	}

	/** The day of the release's last dated call, or {@code null}. */
	private LocalDate lastCallDay() {
		LocalDate day = null;
		for (ExtractedEvent e : this.events) {
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
	private void turnCall(SentenceFacts facts, int cueAt, String turn, List<Mention> people, LocalDate day) {
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
			otherCall(facts, cueAt, PRESIDENT.equals(other) ? List.of(PRESIDENT, turn) : List.of(turn, other), day);
		}
	}

	/**
	 * A call of the participants given, on the day its clause names, else
	 * {@code otherwise}; once per participants.
	 */
	private void otherCall(SentenceFacts facts, int cueAt, List<String> participants, LocalDate otherwise) {
		LocalDate date = callDay(facts, cueAt, otherwise);
		if (this.calls.add(participants)) {
			this.events.add(new ExtractedEvent(EventType.CALL, EventStatus.HELD, date, date, null, participants, null,
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

}
