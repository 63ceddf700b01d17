package org.kremlinwatch.extract.event;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.text.Patterns;

/**
 * A warning told by what it combines rather than by its phrasing, for the wordings the
 * phrase families of {@link WarningCues} have not seen. A sentence scores
 * <ul>
 * <li>for threat vocabulary, by stem: 3 for words that threaten by themselves
 * (consequences, retaliation, a price to pay, a red line, a response qualified as tough
 * or mirror, «последствия», «возмездие», «отпор»), else 1 for words that can (respond,
 * mistake, danger, escalation, punish, inevitable, unacceptable, «ответ», «ошибка»,
 * «опасность», «наказание», «вынуждены»);</li>
 * <li>1 for future or conditional framing anywhere ("will", "if", "otherwise", «будет»,
 * «если», «иначе») and 2 more when a modal stands within five words of the threat word
 * ("will face consequences", «ответ будет»);</li>
 * <li>1 for an addressee ("they", "those who", the West, NATO, Kiev, «те, кто», «Запад»)
 * and 2 for a security context (military, weapons, sanctions, sovereignty, «угроз»,
 * «санкци»), 2 for the other side told to take note ("they must know", "let them", «пусть
 * знают»);</li>
 * <li>minus 1 for a question.</li>
 * </ul>
 * {@value #THRESHOLD} points make a warning, unless a collocation makes the words
 * harmless (overcoming the consequences of a pandemic, a response to a question or a
 * letter, preventing an escalation, a mistake made in the past). The weights and the
 * threshold were chosen on the development set and held-out sets 1 to 3 (no sentence
 * above the threshold there is not a warning) and confirmed on held-out sets 4 and 5. Who
 * speaks is for the caller to check (an official, not a journalist or a foreign leader
 * reported in the third person).
 */
final class WarningScore {

	/** The score from which a sentence is a warning. */
	static final int THRESHOLD = 6;

	private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

	private static final Features EN = new Features(
			// threatens by itself
			ascii("\\b(consequences(?<!(overcome|minimise|minimize|mitigate|eliminate|feel|feeling|fight|address) (the )?"
					+ "consequences)(?<!deal with the consequences)(?! of (the |this |its )?(pandemic|coronavirus|covid|disaster|earthquake|flood|fires?|accident"
					+ "|natural|emergenc\\w*|climate|drought|(new )?strain|virus|epidemic|infection)\\b)|retaliat\\w*|pay (a|the) (\\w+ )?price|pay dearly"
					+ "|cost (\\w+ )?dearly|red lines?|suicid\\w*|counter-?measures|(mirror|symmetric\\w*|asymmetric\\w*"
					+ "|reciprocal|tough|harsh|adequate|appropriate|proper|fitting|firm|resolute|military-technical|swift"
					+ "|decisive) (\\w+ ){0,2}(response|measures|reply|answer|rebuff)|rebuff|deterr\\w*)\\b"),
			// can threaten
			ascii("\\b(catastroph\\w*|punish\\w*|escalat\\w*|respond(s|ed)?|response|responding|react|mistakes?|errors?"
					+ "|dangerous|forced to|inevitabl\\w*|defeat|unacceptable|(not|never) (tolerate|allow|permit)|unanswered"
					+ "|wrong)\\b"),
			// future or conditional
			ascii("\\b(will|would|shall|going to|bound to|inevitably|if|unless|otherwise|should (they|anyone|it|someone"
					+ "|anybody|this))\\b|['’]ll\\b"),
			// a modal near the threat word, either side
			"\\b(will|would|shall|may|might|could|going to|bound to)\\b",
			"\\b(will|would|shall|may|might|could|(is|are) inevitable)\\b",
			// the other side addressed
			ascii("\\b(they|them|those who|anyone|anybody|whoever|everyone|no one|nobody|any (potential )?aggressors?"
					+ "|aggressors?|the west|western|nato|the us|united states|americans|kiev|kyiv|ukrainian regime"
					+ "|europe\\w*|brussels|washington|our partners|opponents?|adversar\\w*|initiators|authors)\\b"),
			// security context
			ascii("\\b(military|weapons?|missiles?|nato|security|sovereignty|aggress\\w*|sanctions|war|conflict|attack\\w*"
					+ "|strikes?|hostilities|terror\\w*|armed|troops|threat\\w*|borders?|nuclear|bloodshed|infrastructure"
					+ "|unfriendly)\\b"),
			// the other side told to take note
			ascii("\\b((must|should) (\\w+ )?(know|understand|realise|realize|be aware)|let (them|everyone|our partners)"
					+ "|no doubt|make it clear|be clear)\\b"),
			// harmless collocations
			ascii("\\b(in response to|in its response|response to (the|your|a|our|their|these|those|this|that) (question"
					+ "|proposals?|requests?|letters?|documents?|papers?|pandemic|challenges?|concerns?|needs?|initiatives?)"
					+ "|respond(ed)? positively|(best|good|positive|effective|practical) response|we hope|hope that|made a mistake|make no mistake"
					+ "|would be a mistake to (assume|think)|overcome|alleviate|mitigate|minimi[sz]e|triggered by|prevent\\w*"
					+ "|de-escalat\\w*|avoid|remember|reduc\\w* tensions?|we (also )?affirm|response known|find out|wait and see"
					+ "|bring (\\w+ )?to justice)\\b"),
			List.of("consequen", "retaliat", " price", "dearly", "red line", "suicid", "measures", "response", "reply",
					"answer", "rebuff", "deterr", "catastroph", "punish", "escalat", "respond", "react", "mistake",
					" error", "danger", "forced to", "inevitab", "defeat", "unacceptable", "not tolerate",
					"never tolerate", "not allow", "never allow", "not permit", "never permit", "unanswered", "wrong"));

	private static final Features RU = new Features(p(
			"\\b(последстви\\w*|возмезди\\w*|красн\\w+ (лини|черт)\\w*|самоубийств\\w*|зеркальн\\w* (\\w+ )?(ответ|мер)\\w*"
					+ "|асимметричн\\w* (\\w+ )?(ответ|мер)\\w*|ответн\\w+ (мер|шаг|удар|действ)\\w*|(адекватн|жёстк|жестк"
					+ "|достойн|соразмерн|симметричн)\\w* (\\w+ )?(ответ|отпор|мер)\\w*|отпор\\w*|пожале(ют|ет|ете)"
					+ "|дорого (обойд|заплат|поплат)\\w*|(неотвратим|неизбежн)\\w* (\\w+ )?наказ\\w*"
					+ "|наказ\\w* (\\w+ ){0,3}(неотвратим|неизбежн)\\w*)"),
			p("\\b(ответ(?!ственн|ил|ила|или|ов|а на вопрос|ы на вопрос|ить на)\\w*|отвеч\\w*+(?! за\\b)|наказ\\w*|ошибк\\w*"
					+ "|ошибочн\\w*|вынужден\\w*|опасн\\w*|катастроф\\w*|эскалац\\w*|реагир\\w*|неизбежн\\w*|не допусти\\w*"
					+ "|неприемлем\\w*|пресеч\\w*|жёстк\\w*|жестк\\w*)"),
			p("\\b(будет|будут|будем|буд[её]т|станет|станут|придётся|придется|если|в случае|иначе|в противном случае"
					+ "|неизбежно|последует|последуют)\\b"),
			"\\b(будет|будут|будем|буд[её]т|станет|станут|может|могут|придётся|придется|последует|последуют|неизбежн\\w*"
					+ "|неотвратим\\w*)",
			"\\b(будет|будут|будем|буд[её]т|станет|станут|может|могут|последует|последуют|неизбежн\\w*|неотвратим\\w*)\\b",
			p("\\b(они|их|им|ими|те, кто|тех, кто|тем, кто|каждого, кто|каждый, кто|любой|любого|всякий|никто|запад\\w*"
					+ "|нато|сша|америк\\w*|киев\\w*|европ\\w*|брюссел\\w*|вашингтон\\w*|партн[её]р\\w*|противник\\w*"
					+ "|агрессор\\w*|инициатор\\w*|украинск\\w+ сторон\\w*)\\b"),
			p("\\b(военн\\w*|оружи\\w*|ракет\\w*|нато|безопасност\\w*|суверенитет\\w*|агресс\\w*|санкци\\w*|войн\\w*"
					+ "|конфликт\\w*|атак\\w*|удар\\w*|боев\\w*|террор\\w*|вооруж[её]нн\\w*|войск\\w*|угроз\\w*|границ\\w*"
					+ "|ядерн\\w*|недружественн\\w*|провокац\\w*)\\b"),
			p("\\b((должны|должен) (\\w+ )?(знать|понимать|осознавать)|пусть (знают|понимают)|никаких сомнений"
					+ "|чтобы (все|никто))\\b"),
			p("(\\bв ответ на|\\bответ на (вопрос|предложени|запрос|обращени)\\w*|\\bнадеемся|\\bнадеюсь|\\bне ошибусь"
					+ "|\\bдопустил\\w* ошибк\\w*|\\bпредотвра\\w*|\\bнедопущени\\w*|\\bизбежа\\w*|\\bпреодол\\w*"
					+ "|\\bзапрос\\w* людей|\\bснижени\\w* напряж\\w*)"),
			List.of("последстви", "возмезди", "красн", "самоубийств", "ответ", "отпор", "пожале", "дорого", "наказ",
					"отвеч", "ошиб", "вынужден", " опасн", "катастроф", "эскалац", "реагир", "неизбежн", "допусти",
					"неприемлем", "пресеч", "жёстк", "жестк", "зеркальн", "симметричн", "адекватн", "достойн",
					"соразмерн"));

	/** The literals of each feature, {@code null} where a pattern has none. */
	private static final java.util.Map<Pattern, List<String>> NEEDLES = new java.util.IdentityHashMap<>();

	static {
		for (Features features : List.of(EN, RU)) {
			for (Pattern feature : List.of(features.strong, features.weak, features.future, features.near,
					features.other, features.context, features.told, features.harmless)) {
				List<String> needles = Patterns.needles(feature.pattern());
				NEEDLES.put(feature, (needles == null) ? null : List.copyOf(needles));
			}
		}
	}

	private WarningScore() {
	}

	/**
	 * Where the threat word of a warning starts in {@code lowerCaseText}, or -1 when the
	 * sentence does not score {@value #THRESHOLD}.
	 */
	static int warningAt(Lang lang, String lowerCaseText) {
		Features features = (lang == Lang.en) ? EN : RU;
		if (!features.possibleIn(lowerCaseText)) {
			return -1;
		}
		Matcher strong = scan(features.strong, lowerCaseText);
		Matcher weak = (strong != null) ? null : scan(features.weak, lowerCaseText);
		int at;
		int score;
		if (strong != null) {
			at = strong.start();
			score = 3;
		}
		else if (weak != null) {
			at = weak.start();
			score = 1;
		}
		else {
			return -1;
		}
		score -= lowerCaseText.stripTrailing().endsWith("?") ? 1 : 0;
		// Each feature is a scan of the sentence: stop as soon as the points left cannot
		// reach the threshold, and look for the dearest, the modal near the threat word,
		// only when it decides.
		int left = 8;
		for (int i = 0; i < 4 && score < THRESHOLD; i++) {
			Pattern feature = (i == 0) ? features.context
					: (i == 1) ? features.told : (i == 2) ? features.future : features.other;
			int points = (i < 2) ? 2 : 1;
			left -= points;
			score += found(feature, lowerCaseText) ? points : 0;
			if (score + left < THRESHOLD) {
				return -1;
			}
		}
		if (score < THRESHOLD && found(features.near, lowerCaseText)) {
			score += 2;
		}
		if (score < THRESHOLD || found(features.harmless, lowerCaseText)) {
			return -1;
		}
		return at;
	}

	/**
	 * Whether a feature occurs: a text without any of the literals every match contains
	 * is spared the scan.
	 */
	private static boolean found(Pattern feature, String lowerCaseText) {
		return scan(feature, lowerCaseText) != null;
	}

	/** The feature's first match, or {@code null}. */
	private static Matcher scan(Pattern feature, String lowerCaseText) {
		List<String> needles = NEEDLES.get(feature);
		if (needles != null) {
			boolean possible = false;
			for (String needle : needles) {
				if (lowerCaseText.contains(needle)) {
					possible = true;
					break;
				}
			}
			if (!possible) {
				return null;
			}
		}
		Matcher matcher = feature.matcher(lowerCaseText);
		return matcher.find() ? matcher : null;
	}

	private static Pattern p(String regex) {
		return Pattern.compile(regex, FLAGS);
	}

	/**
	 * English lower-cased text needs no Unicode classes, and ASCII {@code \\w} is several
	 * times cheaper.
	 */
	private static Pattern ascii(String regex) {
		return Pattern.compile(regex);
	}

	/**
	 * The features of one language.
	 *
	 * @param strong words that threaten by themselves
	 * @param weak words that can threaten
	 * @param future future or conditional framing
	 * @param near a modal within five words of a threat word
	 * @param other the other side addressed
	 * @param context a security context
	 * @param told the other side told to take note ("they must know", «пусть знают»)
	 * @param harmless collocations that make the threat words harmless
	 * @param literals lower-case stems one of which every threat word contains
	 */
	private record Features(Pattern strong, Pattern weak, Pattern future, Pattern near, Pattern other, Pattern context,
			Pattern told, Pattern harmless, Literals literals) {

		Features(Pattern strong, Pattern weak, Pattern future, String modalBefore, String modalAfter, Pattern other,
				Pattern context, Pattern told, Pattern harmless, List<String> needles) {
			this(strong, weak, future, near(strong, weak, modalBefore, modalAfter), other, context, told, harmless,
					new Literals(needles));
		}

		private static Pattern near(Pattern strong, Pattern weak, String modalBefore, String modalAfter) {
			String threat = "(?:" + strong.pattern() + "|" + weak.pattern() + ")";
			return Pattern.compile(modalBefore + "(?: [\\w'’,-]+){0,5} " + threat + "|" + threat
					+ "(?: [\\w'’,-]+){0,5} " + modalAfter, strong.flags());
		}

		boolean possibleIn(String lowerCaseText) {
			return this.literals.anyIn(lowerCaseText);
		}

	}

	/**
	 * Literals looked for in one pass over a text: each position's character pair picks
	 * the few literals that can start there. Cheaper than one search per literal, the
	 * threat stems being many and most sentences holding none.
	 */
	private static final class Literals {

		private static final int SLOTS = 4096;

		private final String[][] byPair = new String[SLOTS][];

		Literals(List<String> literals) {
			for (String literal : literals) {
				int slot = slot(literal.charAt(0), literal.charAt(1));
				String[] old = this.byPair[slot];
				String[] now = (old == null) ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
				now[now.length - 1] = literal;
				this.byPair[slot] = now;
			}
		}

		private static int slot(char first, char second) {
			return (first * 31 + second) & (SLOTS - 1);
		}

		boolean anyIn(String text) {
			for (int i = 0, last = text.length() - 1; i < last; i++) {
				String[] candidates = this.byPair[slot(text.charAt(i), text.charAt(i + 1))];
				if (candidates != null) {
					for (String candidate : candidates) {
						if (text.startsWith(candidate, i)) {
							return true;
						}
					}
				}
			}
			return false;
		}

	}

}
