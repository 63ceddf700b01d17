package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Finder;

/**
 * A warning recognised by meaning rather than by phrase (round 13): one clause that names
 * the other side or the authors of a step ("they", "those who", "the West", «они», «те,
 * кто», «Запад»), a consequence or an evaluation for them ("harm", "problems", "a
 * mistake", «ущерб», «ошибка»), and a direction: a prediction ("will", "only lead to",
 * «неизбежно»), the harm turned on the authors themselves ("themselves", «сами себе»), or
 * their step called wrong. Phrase lists tuned on one labeler's wording did not carry over
 * to the next set; the three parts together are what every labeler's warnings of this
 * kind share.
 *
 * <p>
 * Not warnings (LABELING.md): harm to Russia described ("damage to our economy"), one's
 * own mistakes ("we made mistakes"), concerns ("we are worried that"), demands ("they
 * must stop") and statements of principle ("a nuclear war cannot be won"), and questions.
 */
final class OthersStepJudged {

	/** {@code \s} spelled out, so that a finder sees where a clause mark can start. */
	private static final String SPACE = "[ \t\n\u000B\f\r]";

	/** Clauses: a sentence's parts joined by a semicolon, a colon, a dash or "but". */
	private static final Finder CLAUSE = Finder
		.of(Pattern.compile("[;:—–]|," + SPACE + "+(?:but|however|но|однако)" + SPACE + "|" + SPACE + "-" + SPACE));

	/** One language's words for the three parts, and what rules a clause out. */
	private record Language(Finder named, Pattern namedAfter, Pattern pronounBefore, Pattern pronounAfter,
			Cue consequence, Finder direction, Finder not, Finder negatedBefore) {

		private Language(Pattern named, Pattern namedAfter, Pattern pronounBefore, Pattern pronounAfter,
				Cue consequence, Pattern direction, Pattern not, Pattern negatedBefore) {
			this(Finder.of(named), namedAfter, pronounBefore, pronounAfter, consequence, Finder.of(direction),
					Finder.of(not), Finder.of(negatedBefore));
		}

	}

	/**
	 * Words between the other side and the consequence: a named side, a pronoun. A
	 * pronoun counts as the subject or owner before the consequence ("they will regret",
	 * "their mistakes") or as its object after it ("will hurt them"); "take them home,
	 * then problems" is not a cost to them.
	 */
	private static final int NAMED_WITHIN = 12;

	private static final int PRONOUN_WITHIN = 4;

	/**
	 * Round 17: a side named after the consequence as its object, without a preposition
	 * ("new migration flows that will overwhelm, are already overwhelming the United
	 * States").
	 */
	private static final int NAMED_AFTER_WITHIN = 6;

	private static final Language EN = new Language(words(
			"themselves|those who|whoever|anyone who|the west|western (countries|nations|states|elites?|politicians"
					+ "|leaders|partners)|europe|european (union|countries|commission|leaders|politicians|economies)|the eu"
					// round 16: the people of the other side as the bearers of its
					// policy's cost
					+ "|europeans|americans|(european|american|western) (consumers|citizens|households|businesses|industry"
					+ "|companies|economy|taxpayers)"
					+ "|the united states|the us|washington|nato|kiev|the kiev regime|(our|russia's) (opponents|adversaries"
					+ "|enemies|ill-wishers|detractors)|the authors of|the initiators of"),
			// after the consequence a side bears it: "costly for Europe", "harm to the
			// West", and (round 15) "a decline in the European economies"
			words("(to|for|on|upon|of|in) (the )?(west|western \\w+|europe|european \\w+|eu|united states|us|nato|kiev"
					+ "|themselves|those who|whoever)"),
			words("they|their"), words("them|themselves"),
			// the stems of the consequence words are its needles: most sentences name no
			// consequence, and a substring check spares them the expressions
			scanned("harm(s|ed|ing)?|hurt(s|ing)?|damag(e|es|ed|ing)|problems|costly|(a|the) (\\w+ )?price"
					+ "|suffer(s|ed|ing)?|loss(es)?|chaos|upheaval|collapse|wrong|mistakes?|blunders?|errors?"
					+ "|miscalculations?|counterproductive|dead end|regret|backfire|boomerang|detriment(al)?"
					+ "|self-defeating|suicid(e|al)"
					// round 15: an economy's decline as the cost ("a decline in the
					// European economies' growth", "inequality in these countries")
					+ "|decline in|inequality|recession|degradation|instability|turmoil"
					// round 16: the cost of a policy however it is worded (LABELING.md,
					// set 10: "the inflation rate will spike, affecting the wellbeing of
					// European consumers"): inflation, unemployment, shortages, a
					// worsening
					+ "|inflation|unemployment|shortages|bankruptc(y|ies)|de-?industriali[sz]ation|impoverishment"
					+ "|worsen(s|ed|ing)?|deteriorat(e|es|ed|ing|ion)"
					// and migrants to the other side ("another wave of migration,
					// primarily to the European countries")
					+ "|(waves?|flows?|influx) of (migration|migrants|refugees)|migration (waves?|flows?|crisis)"
					// round 17: a step judged foolish, like one called a mistake
					// ("everyone knows that they have done a stupid thing")
					+ "|(stupid|foolish) (thing|things|step|steps|decision|decisions|mistake|move|moves|policy|policies)"
					+ "|stupidity|folly", "stupid", "foolish", "folly", "migra", "refugees", "inflation",
					"unemployment", "shortages", "bankruptc", "deindustriali", "de-industriali", "impoverishment",
					"worsen", "deteriorat", "declin", "inequalit", "recession", "degradation", "instabilit", "turmoil",
					"harm", "hurt", "damag", "problem", "cost", "price", "suffer", "loss", "chaos", "upheaval",
					"collapse", "wrong", "mistake", "blunder", "error", "miscalcul", "counterproductive", "dead end",
					"regret", "backfire", "boomerang", "detriment", "self-defeating", "suicid"),
			// a prediction, or the step judged (a judgement needs no prediction); from
			// round 16 "could", "may", "might" predict too ("the EU's direct losses ...
			// could exceed")
			words("will|would|could|may|might|'ll|is going to|are going to|only (lead|result)|lead to|inevitabl[ey]|bound to|sooner or later"
					// round 17: a step judged stupid or foolish is judged, like one
					// called a mistake (the word alone: an alternative led by "do"
					// would be tried on every clause)
					+ "|stupid|stupidity|foolish|folly"
					+ "|end up|(is|are|be) (\\w+ ){0,2}(a |an )?(\\w+ )?(wrong|mistake|blunder|error|counterproductive"
					+ "|dead end|miscalculation)|their (own )?(\\w+ )?(mistakes|errors|blunders|miscalculations)"
					+ "|(made|making|make|makes) (\\w+ ){0,2}(mistakes?|errors?|blunders?)"),
			// harm to us, one's own mistakes, concerns, demands, principles, an
			// admission, problems to be solved, a forecast denied
			words("we|us|our|ours|ourselves|russia|russia's|i|my|me"
					// Russians harmed ("hurt Russian exporters"); "saying no to Russian
					// energy" is a step
					+ "|(harm(s|ed|ing)?|hurt(s|ing)?|damag(e|es|ed|ing)|problems|loss(es)?|costly) (\\w+ ){0,2}russians?"
					+ "|concern(s|ed)?|worr(y|ied|ies)|fear(s|ed)?|afraid"
					+ "|alarm(ed|ing)?|hope|must|should|ought|need to|needs to|demand(s|ed)?|urge|call on|cannot|can never"
					+ "|unacceptable|impossible to|learn from|blame|accus(e|ed|ing)|admit(s|ted|ting)?|acknowledg(e|ed|es|ing)"
					+ "|concede(d|s)?|confess(ed|es)?|avoid|prevent|minimi[sz]e|reduce|overcome|solve|resolve|discuss|address"
					// round 16: "not only ... but also" adds, it does not deny
					+ "|settle|tackle|help|expedient|make no mistake|(will|would|could|may|might|shall|is|are|does|do|did) not(?! only)|won't|n't"
					+ "|unlikely|hardly|no one|nobody"
					// things, or a view, called wrong (round 17: the others' own
					// admission reported, "it turned out that they made a mistake", is a
					// warning under the round-14 relabel of sets 3 and 5)
					+ "|they (\\w+ )?(are|were) (\\w+ ){0,3}(wrong|mistakes?|errors?|blunders?)"),
			Pattern.compile("(?iU)\\b(not|n't|never|no|without)(\\W+\\w+){0,2}\\W*$"));

	private static final Language RU = new Language(words(
			"сами себе|сами себя|самим себе|против них самих|те, кто|тех, кто|тем, кто|теми, кто|кто бы ни|запад\\w*"
					+ "|западн\\w+ (стран\\w*|элит\\w*|политик\\w*|партн\\w*)|европ\\w*|евросоюз\\w*|сша|соединённ\\w+ штат\\w*"
					+ "|соединенн\\w+ штат\\w*|американ\\w*|вашингтон\\w*|нато|киев\\w*|наш\\w* (противник\\w*|оппонент\\w*|враг\\w*"
					+ "|недруг\\w*|недоброжелател\\w*)|инициатор\\w*|автор\\w*"),
			words("(для|по) (запад\\w*|западн\\w+ \\w+|европ\\w*|сша|нато|киев\\w*|тех, кто)|сами себе|самим себе"
					+ "|против них самих|(ошибк\\w*|просчёт\\w*|просчет\\w*) (\\w+ )?(наш\\w* (враг\\w*|противник\\w*"
					+ "|недруг\\w*)|запад\\w*|западн\\w+ \\w+|европ\\w*|сша|киев\\w*)"),
			// «они» only with a verb of consequence: «они были и будут, эти проблемы» is
			// about the problems; «их» before a count («их больше десяти») is no owner
			words("их(?! (больше|меньше|много|мало|несколько|количеств\\w*|числ\\w*))|им|они (\\w+ ){0,2}(пожале\\w+"
					+ "|заплат\\w+|пострада\\w+|потерп\\w+|ошиба\\w+|ошиблись|навред\\w+)"),
			words("им|ими|них|ним|их"),
			scanned("вред\\w*|ущерб\\w*|навред\\w*|проблем\\w*|ошибк\\w*|ошибоч\\w*|ошиб\\w+|провал\\w*|потер\\w+|хаос\\w*"
					+ "|катастроф\\w*|обвал\\w*|коллапс\\w*|пожале\\w+|бумеранг\\w*|обернётся|обернется|обернутся|ударит"
					+ "|ударят|заплат\\w+|дорого|тупик\\w*|контрпродуктивн\\w*|неправильн\\w*|просчёт\\w*|просчет\\w*"
					+ "|самоубийств\\w*|потерпят|пострадают|пострадает"
					// round 16: the cost however it is worded
					+ "|инфляци\\w*|безработиц\\w*|дефицит\\w*|банкротств\\w*|деиндустриализаци\\w*|обнищани\\w*"
					+ "|ухудш\\w+", "инфляци", "безработиц", "дефицит", "банкротств", "деиндустриализаци", "обнищани",
					"ухудш", "вред", "ущерб", "проблем", "ошиб", "провал", "потер", "хаос", "катастроф", "обвал",
					"коллапс", "пожале", "бумеранг", "оберн", "удар", "заплат", "дорого", "тупик", "контрпродуктив",
					"неправильн", "просчёт", "просчет", "самоубийств", "потерп", "пострада"),
			words("будет|будут|станет|станут|приведёт|приведет|приведут|неизбежно|неминуемо|рано или поздно|обернётся"
					+ "|обернется|обернутся|ударит|ударят|пожалеют|заплатят|потерпят|пострадают|пострадает"
					+ "|(это|является|являются|было|были) (\\w+ ){0,2}(ошибк\\w*|ошибоч\\w*|тупик\\w*|контрпродуктивн\\w*"
					+ "|неправильн\\w*|просчёт\\w*|просчет\\w*|провал\\w*)|(их|наших \\w+|\\w+ стран) (собственн\\w+ )?"
					+ "(ошибк\\w*|просчёт\\w*|просчет\\w*)|(ошибк\\w*|просчёт\\w*|просчет\\w*) (\\w+ )?(наш\\w* \\w+|запад\\w*"
					+ "|западн\\w+|европ\\w*|сша|киев\\w*)|ошиба\\w+|ошиблись|ошибся"),
			words("мы|нас|нам|нами|наш|наша|наше|наши|нашей|нашего|нашему|нашим|нашими|наших|россия|россии|россию|россией|(вред\\w*|ущерб\\w*|проблем\\w*|потер\\w+) (\\w+ ){0,2}российск\\w*|я"
					+ "|меня|мне|мой|моя|беспоко\\w+|тревож\\w+|опасени\\w*|озабоч\\w+|надеюсь|надеемся|должн\\w*|нужно|надо"
					+ "|необходимо|требу\\w+|призыва\\w+|нельзя|недопустим\\w*|невозможно|учиться на|обвиня\\w+|призна\\w+"
					+ "|якобы|избежать|предотврат\\w+|минимизир\\w+|сократить|снизить|преодоле\\w+|решить|решать"
					+ "|обсуд\\w+|помо\\w+|не будет|не будут|не приведёт|не приведет|вряд ли|никто"),
			// (?<!\w), not (^|\W): the same test, and a finder sees the words it starts
			Pattern.compile("(?iU)(?<!\\w)(не|ни|нет|без)(\\W+\\w+){0,1}\\W*$"));

	private OthersStepJudged() {
	}

	/**
	 * Where the consequence of the first clause of {@code text} that judges a step of
	 * others is, or -1.
	 * @param hits the sentence's cue needles, or {@code null} to scan for them
	 */
	static int find(String text, String lowerCase, CueScan.Hits hits) {
		if (text.indexOf('?') >= 0) {
			// a question, rhetorical or put by a journalist, is no judgement here
			return -1;
		}
		Language language = hasCyrillic(lowerCase) ? RU : EN;
		if (!language.consequence().in(text, lowerCase, hits)) {
			return -1;
		}
		Finder.Matches clauses = CLAUSE.in(text);
		int start = 0;
		while (true) {
			boolean more = clauses.find();
			int end = more ? clauses.matcher().start() : text.length();
			int at = judged(text.substring(start, end), language);
			if (at >= 0) {
				return start + at;
			}
			if (!more) {
				return -1;
			}
			start = clauses.matcher().end();
		}
	}

	/** Where the clause's consequence for the other side is, or -1. */
	private static int judged(String clause, Language language) {
		if (!language.direction().find(clause)) {
			return -1;
		}
		// "our opponents", «наших врагов» name the other side, not us
		String unnamed = language.named().blanked(clause);
		if (language.not().find(unnamed)) {
			return -1;
		}
		Matcher consequence = language.consequence().pattern().matcher(clause);
		while (consequence.find()) {
			if (language.negatedBefore().find(clause.substring(0, consequence.start()))) {
				continue;
			}
			if (namedNear(clause, consequence, language.named().pattern())
					|| near(clause, consequence, language.namedAfter(), PRONOUN_WITHIN, false)
					|| near(clause, consequence, language.pronounBefore(), PRONOUN_WITHIN, true)
					|| near(clause, consequence, language.pronounAfter(), PRONOUN_WITHIN, false)) {
				return consequence.start();
			}
		}
		return -1;
	}

	/**
	 * Whether {@code side} is named within {@code words} words before the consequence
	 * ({@code before}) or after it.
	 */
	private static boolean near(String clause, Matcher consequence, Pattern side, int words, boolean before) {
		Matcher other = side.matcher(clause);
		while (other.find()) {
			boolean isBefore = other.start() < consequence.start();
			if (isBefore != before) {
				continue;
			}
			String between = isBefore
					? clause.substring(Math.min(other.end(), consequence.start()), consequence.start())
					: clause.substring(consequence.end(), Math.max(consequence.end(), other.start()));
			if (wordsIn(between) <= words) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a side is named within {@value #NAMED_WITHIN} words before the consequence
	 * or within {@value #NAMED_AFTER_WITHIN} after it: one pass over the names, since
	 * this runs for every consequence word of nearly every release.
	 */
	private static boolean namedNear(String clause, Matcher consequence, Pattern named) {
		Matcher other = named.matcher(clause);
		while (other.find()) {
			boolean isBefore = other.start() < consequence.start();
			String between = isBefore
					? clause.substring(Math.min(other.end(), consequence.start()), consequence.start())
					: clause.substring(consequence.end(), Math.max(consequence.end(), other.start()));
			if (wordsIn(between) <= (isBefore ? NAMED_WITHIN : NAMED_AFTER_WITHIN)) {
				return true;
			}
		}
		return false;
	}

	private static int wordsIn(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			if (letter && !inWord) {
				words++;
			}
			inWord = letter;
		}
		return words;
	}

	/**
	 * The consequence cue of a language's sentences, for the scan of all its sentence
	 * cues; a sentence in the other script looks for the other cue's needles itself.
	 */
	static Cue consequence(Lang lang) {
		return ((lang == Lang.en) ? EN : RU).consequence();
	}

	private static boolean hasCyrillic(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u0400' && c <= '\u04FF') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The consequence words as one family behind an automaton of their needles (round
	 * 16): nearly every sentence reaches this check, and with some sixty needles one pass
	 * over it is cheaper than a {@code String.contains} for each.
	 */
	private static Cue scanned(String regex, String... needles) {
		return Cue.ofFamilies(List.of(new Cue.Family(regex, needles)));
	}

	private static Pattern words(String regex) {
		return org.kremlinwatch.extract.text.Patterns.words(regex);
	}

}
