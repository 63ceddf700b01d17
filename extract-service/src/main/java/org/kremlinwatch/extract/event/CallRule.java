package org.kremlinwatch.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.entity.Mention;
import org.kremlinwatch.extract.text.Finder;
import org.kremlinwatch.extract.text.Patterns;
import org.kremlinwatch.extract.text.Scans;

import static org.kremlinwatch.extract.event.EventDetector.PRESIDENT;

/**
 * Telephone calls of one release, sentence by sentence: the President's with the people,
 * states or servicemen a sentence names, and those of other leaders it tells. A call
 * sentence can correct what an earlier one told (a counterpart named later, the same call
 * told again), so the rule adds to and trims the release's events as it goes.
 * <p>
 * This class is the walk over the sentences and what it carries from one to the next (the
 * last person named, a call waiting for its counterpart's name). Who took part is read by
 * {@link CallParties}, the day by {@link CallDay}, words that tell no call by
 * {@link UntoldCalls}, and whether a call was told already is kept by {@link CallLog}.
 */
final class CallRule {

	/**
	 * "Telephone conversations with A and B": one call with each (a joint call is
	 * singular).
	 */
	private static final Finder SEVERAL_CALLS = Finder
		.of(Pattern.compile("(?iuU)(telephone |phone )(conversations|calls)\\b|телефонн\\w+ разговор(ы|ов|ами)\\b"));

	/**
	 * "Vladimir Putin also spoke by phone with ...", «также провёл телефонный разговор»:
	 * another of the calls the release itself reports, not an earlier one.
	 */
	private static final Finder ALSO_CALLED = Finder.of(Pattern
		.compile("(?iuU)\\b(also|также|тоже) (spoke|talked|had|held|phoned|called|пров[её]л|переговорил|поговорил"
				+ "|созвонился|позвонил)\\b"));

	/** "also spoke to another participant ..." without a telephone word. */
	private static final Pattern ALSO_SPOKE = Pattern.compile("(?iuU)\\balso (spoke|talked) (to|with)\\b");

	/** The speaker's own "I" or "we" shortly before a call's words. */
	private static final Pattern FIRST_PERSON_BEFORE = Pattern.compile("(?iuU)\\b(i|we|я|мы)\\b");

	/** "his telephone call" ("I remember very well his telephone call"). */
	private static final Finder HIS_BEFORE = Finder
		.of(Pattern.compile("(?iuU)\\b(his|her|его|её|ее)\\s+(\\w+\\s+){0,1}$"));

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

	/** What every English match of {@link #CALLED_ME} holds, in its case. */
	private static final String[] CALLED_ME_WORDS = { "called me", "called us", "phoned me", "phoned us", "rang me",
			"rang us" };

	/**
	 * A counterpart named only by office at the end of the sentence ("with the Acting
	 * Emergency Situations Minister."): the next sentence, when it opens with a name,
	 * names him.
	 */
	private static final Pattern OFFICE_AT_END = Pattern.compile(
			"(?iuU)\\b(with|с|со) (the )?(acting |interim )?([\\p{L}-]+ ){0,5}?(minister|governor|mayor|head|director|chairman"
					+ "|commander|министр\\w*|губернатор\\w*|мэр\\w*|глав\\w+|руководител\\w+|директор\\w*|председател\\w+"
					+ "|командующ\\w+)( [\\p{L}-]+){0,5}\\W*$");

	private final Cues cues;

	private final Lang lang;

	private final LocalDate published;

	private final String title;

	private final List<Mention> titleMentions;

	/** Whether the headline names a call ("Telephone conversation with ..."). */
	private final boolean callHeadline;

	/** The release's calls so far, in its events. */
	private final CallLog log;

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
		this.log = new CallLog(published, events);
		this.log.named(this.titleMentions);
	}

	/** Whether the headline names a call, which then is the release's subject. */
	boolean callHeadline() {
		return this.callHeadline;
	}

	/**
	 * Adds the calls a sentence tells to the release's events.
	 * @param facts the sentence
	 * @param hits the sentence's cue needles
	 * @param lead whether it is the release's first sentence
	 * @param turn the speaker of the transcript's current turn: {@code null} outside
	 * turns, "" in a journalist's
	 * @param knownSpeaker whether that speaker is a person the gazetteer knows
	 * @return whether the sentence has a call's words, which are no meeting's
	 */
	boolean apply(SentenceFacts facts, CueScan.Hits hits, boolean lead, String turn, boolean knownSpeaker) {
		Mention lastPerson = this.previousPerson;
		// A loop, not a stream: this runs on every sentence.
		this.previousPerson = null;
		for (Mention mention : facts.mentions()) {
			if (CallParties.otherPerson(mention)) {
				this.previousPerson = mention;
			}
		}
		flushPending(facts);
		this.log.named(facts.mentions());
		boolean call = this.cues.call().in(facts.text(), facts.lowerCase(), hits);
		int alsoAt = -1;
		if (!call && this.callHeadline && !lead) {
			// "Vladimir Putin also spoke to another participant in the campaign, Name"
			// under a call headline: another of the release's calls.
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
			this.log.earlierCall(facts);
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
		if (this.log.isEmpty() && this.callHeadline && !sentences.isEmpty()) {
			SentenceFacts first = sentences.get(0);
			this.log.call(new SentenceFacts(first.sentence(), this.titleMentions, List.of()), 0, this.titleMentions,
					this.published, this.title);
		}
	}

	/**
	 * "Anthony Blinken called me to say ...", «мне позвонил Х»: a call of the caller with
	 * the one speaking, the official whose turn it is or the President.
	 */
	private boolean calledBy(SentenceFacts facts, String turn, boolean knownSpeaker) {
		String text = facts.text();
		// "rang" alone is in "arrange" and "strange": the verb and its object
		if (!Scans.containsAny(text, CALLED_ME_WORDS) && !facts.lowerCase().contains("звонил")) {
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
		if (speaker == null || caller == null || UntoldCalls.ahead(text, at) || UntoldCalls.asked(text, at)
				|| EarlierCalls.habitual(text)) {
			return false;
		}
		this.log.otherCall(facts, at, PRESIDENT.equals(speaker) ? List.of(PRESIDENT, caller.name())
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
		List<Mention> people = facts.mentions()
			.stream()
			.filter((m) -> CallParties.otherPerson(m) && m.start() > spokeAt)
			.toList();
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
			List<String> states = CallParties.listedStates(facts, spokeAt);
			if (states.size() > 1) {
				// "I spoke with the President of France and the Chancellor of the
				// Federal Republic of Germany": a call with each.
				for (String state : states) {
					this.log.otherCall(facts, spokeAt, List.of(PRESIDENT, state), day);
				}
			}
			else {
				this.log.call(facts, spokeAt, facts.mentions(), day, null);
			}
		}
		for (String person : people.stream().map(Mention::name).distinct().toList()) {
			this.log.call(facts, spokeAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, null);
		}
	}

	/**
	 * The calls of a sentence with a call's words, at {@code alsoAt} ("also spoke to
	 * another participant") when it has no telephone word.
	 */
	private void told(SentenceFacts facts, boolean lead, String turn, boolean knownSpeaker, Mention lastPerson,
			int alsoAt) {
		List<Mention> mentions = facts.mentions();
		if (this.callHeadline && this.log.isEmpty()) {
			// The first call of a "Telephone conversation with ..." release is
			// the one the headline names.
			mentions = new ArrayList<>(this.titleMentions);
			mentions.addAll(facts.mentions());
		}
		else if (!this.callHeadline && CallParties.participants(mentions).size() == 1
				&& EarlierCalls.withUs(facts.text()) && CallParties.participants(this.titleMentions).size() == 2
				&& this.titleMentions.stream().anyMatch((m) -> m.type() == EntityType.PERSON)) {
			// "You and I recently spoke on the telephone" in a meeting with one
			// leader: the call was with him.
			mentions = new ArrayList<>(this.titleMentions);
			mentions.addAll(facts.mentions());
		}
		Matcher cue = this.cues.call().pattern().matcher(facts.text());
		// Only the call the release is about ("Telephone conversation with ..." as its
		// headline, or its lead) took place on the publication day.
		boolean subject = (this.callHeadline && this.log.isEmpty()) || lead;
		int cueAt = cue.find() ? cue.start() : Math.max(alsoAt, 0);
		// "Vladimir Putin also spoke by phone with ..." after the release's dated
		// calls: one more of them, on their day.
		LocalDate day = subject ? this.published
				: (this.callHeadline && ALSO_CALLED.find(facts.text())) ? this.log.lastCallDay() : null;
		boolean otherTurn = knownSpeaker && turn != null && !PRESIDENT.equals(turn) && !subject
				&& FIRST_PERSON_BEFORE.matcher(facts.text())
					.region(Math.max(0, Math.min(cueAt, facts.text().length()) - 60),
							Math.min(cueAt, facts.text().length()))
					.find();
		List<String> theirs = subject ? null : CallParties.theirs(facts, cueAt);
		// "his telephone call", "the telephone conversation between the two leaders":
		// with the last person the previous sentence named.
		String his = (subject || lastPerson == null || (turn != null && !PRESIDENT.equals(turn))
				|| CallParties.participants(mentions).size() > 1
				|| !(HIS_BEFORE.find(facts.text().substring(0, Math.min(cueAt, facts.text().length())))
						|| Patterns.after(TWO_LEADERS, facts.text(), cueAt).find())) ? null : lastPerson.name();
		List<Mention> people = mentions.stream().filter(CallParties::otherPerson).toList();
		List<String> between = CallParties.between(facts.text(), cueAt, people);
		List<String> owned = (between == null) ? CallParties.ownedByAnother(facts.text(), cueAt, people) : null;
		if (!subject && (UntoldCalls.ahead(facts.text(), cueAt) || UntoldCalls.asked(facts.text(), cueAt))) {
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
			this.log.otherCall(facts, cueAt, theirs, null);
		}
		else if (UntoldCalls.withTheirColleagues(facts.text(), cueAt)) {
			// "officials who talked over the phone with their Russian colleagues": calls
			// of others with others, no one named, none of the release's.
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
			LocalDate turnDay = EarlierCalls.today(facts.text()) ? this.published : day;
			for (String other : CallParties.ofTurn(facts, cueAt, turn,
					facts.mentions().stream().filter(CallParties::otherPerson).toList())) {
				this.log.otherCall(facts, cueAt,
						PRESIDENT.equals(other) ? List.of(PRESIDENT, turn) : List.of(turn, other), turnDay);
			}
		}
		else if (his != null) {
			// "I remember very well his telephone call" after a sentence on
			// Nursultan Nazarbayev: a call with him.
			if (!EarlierCalls.habitual(facts.text())) {
				this.log.otherCall(facts, cueAt, List.of(PRESIDENT, his), day);
			}
		}
		else if (SEVERAL_CALLS.find(facts.text()) && people.stream().map(Mention::name).distinct().count() > 1) {
			// "had telephone conversations with Aliyev and Pashinyan": a call with each.
			if (!subject) {
				LocalDate named0 = this.log.namedLater();
				day = (named0 != null) ? named0 : day;
			}
			for (String person : people.stream().map(Mention::name).distinct().toList()) {
				this.log.call(facts, cueAt, people.stream().filter((m) -> m.name().equals(person)).toList(), day, null);
			}
		}
		else {
			if (day == null && turn == null && CallDay.narratedToday(facts.text())) {
				// "The President had a telephone conversation with ..." in a news item:
				// its call of the publication day, unless the sentence dates it.
				day = this.published;
			}
			if (CallParties.participants(mentions).size() == 1 && mentions.stream().noneMatch(CallParties::otherPerson)
					&& Patterns.after(OFFICE_AT_END, facts.text(), cueAt).find()) {
				this.pending = new PendingCall(facts, cueAt, mentions, day, this.callHeadline ? this.title : null);
				return;
			}
			this.log.call(facts, cueAt, mentions, day, this.callHeadline ? this.title : null);
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
		Mention named = (next != null) ? next.mentions()
			.stream()
			.filter((m) -> CallParties.otherPerson(m) && m.start() <= 2)
			.findFirst()
			.orElse(null) : null;
		String unknown = (next != null && named == null) ? CallCounterparts.opening(next.text(), next.mentions())
				: null;
		this.log.call(waiting.facts(), waiting.cueAt(), (named != null) ? List.of(named) : waiting.mentions(),
				waiting.day(), waiting.headline(), unknown);
	}

	/** A call whose counterpart the next sentence may name. */
	private record PendingCall(SentenceFacts facts, int cueAt, List<Mention> mentions, LocalDate day, String headline) {
	}

	/** A call of two or more others, on the day its clause names, if any. */
	private void betweenOthers(SentenceFacts facts, int cueAt, List<String> participants) {
		this.log.otherCall(facts, cueAt, participants, null);
	}

}
