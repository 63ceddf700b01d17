package org.kremlinwatch.extract.event;

import java.util.List;

/**
 * What makes a sentence a warning, by family rather than by phrase: a verb of warning; a
 * step called a grave mistake, wrong or a red line; consequences qualified as grave; a
 * response or retaliation promised (a modal or "every right to" before the verb, so that
 * a reported past reply is not one); responsibility for what follows put on the other
 * side; an act declared to count as taking part in a conflict; weapons to be used if
 * necessary. "Warning" as a noun of technology ("missile attack warning system") and a
 * reply hoped for ("will respond positively") are not warnings.
 */
final class WarningCues {

	private static final String EN_GRAVE = "(serious|grave|dire|severe|ominous|disastrous|catastrophic|unpredictable"
			+ "|irreversible|negative|dramatic)";

	/**
	 * How a promised response is qualified: "a proper response", "our response will be
	 * asymmetric".
	 */
	private static final String EN_MANNER = "(proper|adequate|appropriate|tough|firm|harsh|fitting|mirror|symmetric(al)?"
			+ "|asymmetric(al)?|decisive|swift|resolute|retaliatory|worthy|immediate|lightning|devastating|crushing"
			+ "|proportionate|commensurate|reciprocal|military|military-technical|forceful|strong)";

	/**
	 * Round 16: the other side as the bearer of a cost, a few words after it ("for the
	 * United States and European countries", "of European consumers", "in their own
	 * economies").
	 */
	private static final String EN_BEARER = " (\\w+ ){0,4}(for|in|of|among|across) (the (united states|us|usa|eu|eurozone"
			+ "|euro area|west)|(their|its) own \\w+|((the|their|its) )?(\\w+ )?(america|americans|europe|europeans"
			+ "|european \\w+|western \\w+))\\b";

	/**
	 * Round 17: the words one of which EN_BEARER and the worsening family always hold, so
	 * that a family about the other side's cost runs only where a side is named.
	 */
	private static final List<String> EN_SIDE = List.of("united states", "the us", "usa", "the eu", "eurozone",
			"euro area", "west", "america", "europe", "their own", "its own");

	/** Round 17: the hostile verbs a refusal ("must not allow anyone to ...") needs. */
	private static final List<String> EN_HOSTILE = List.of("interfer", "meddl", "dictat", "impos", "encroach",
			"interven", "destabili", "split", "divid", "drag", "undermin", "infring", "tear", "rewrit", "falsif",
			"distort", "attack", "threaten", "push us");

	static final Cue EN = Cue.ofFamilies(List.of(
			// a verb of warning (the noun "warning" mostly names technology or past talk)
			new Cue.Family("warn(s|ed)?|warning (that|against|about)|caution(s|ed|ing)? against", "warn", "caution"),
			// a step called a mistake or a red line; not "it would be a mistake to
			// assume"
			new Cue.Family(
					"(?<!\\b(our|my|own) (most |biggest |single )?)(grave|serious|fatal) (mistake|error)s?|wake-?up call"
							+ "|(would|will) be an? (big|huge|major|colossal|terrible|dangerous|strategic) (mistake|error)"
							+ "|(would|will) be (a )?(wrong|mistake)(?! to (assume|think|believe|say|expect|deviate|ignore))"
							// round 15: "these are, in fact, the red lines":
							// a parenthetical after the verb
							+ "|(is|are|be|was|as)(, (\\w+ ){0,2}\\w+,)? (a|the|our) red lines?|cross(es|ed|ing)? (a|the|our|any|these) red lines?",
					"mistake", "error", "wake", "wrong", "red line"),
			// grave consequences or effects ahead (a modal or "fraught with" before them)
			new Cue.Family("(will|would|could|may|might|shall|fraught with|face|faces|facing|entail|entails)"
					+ " ((?!(reduc|mitigat|minimi|avoid|prevent|offset|allevia|overcom))\\w+ ){0,4}" + EN_GRAVE
					+ " ((\\w+, ){1,3}(\\w+ )?(and \\w+ )?|(and \\w+ )?)(consequences|effects?|impacts?)|the consequences (\\w+ ){0,2}clear"
					+ "|(will|would|may|could) (\\w+ ){0,2}be (\\w+ )?painful|will inevitably (affect|hit)",
					"consequences", "effect", "impact", "painful", "inevitably"),
			// a response promised in a manner, or claimed as a right
			new Cue.Family(
					"(?<!\\b(law|laws|court|courts|police|prosecutors?) )(will|would|shall|forced to) (\\w+ ){0,2}(respond|retaliate|react)( to (it|this|that|them|such \\w+))?"
							+ " (immediately|appropriately|adequately|accordingly|symmetrically|asymmetrically|harshly|firmly"
							+ "|decisively|swiftly|resolutely|in kind|in an? (\\w+ )?(fitting|mirror|symmetric|tough|harsh"
							+ "|appropriate|adequate) (manner|way|fashion))"
							+ "|(will|shall|would) (\\w+ ){0,2}not (go|remain|be left) (unanswered|unpunished)|(will|shall|would) (\\w+ ){0,2}not (leave|let) (\\w+ ){1,6}(go )?(unanswered|unpunished)|(will|would) be (forced|compelled) to (take|respond|retaliate|deploy|create|use|act)"
							+ "|(be|stay|remain|is|are) (\\w+ )?(ready|prepared) to (respond|retaliate|repel|strike|deliver|push back|rebuff)"
							+ "|ready for an? (\\w+ )?(response|retaliation|retaliatory)"
							+ "|\\bif [^.;?]{3,120}\\b(we|russia) (will|would|shall) (have to |be forced to )?(respond|retaliate"
							+ "|take (appropriate|adequate|retaliatory|necessary|countermeasures|response))"
							+ "|if (need be|necessary|needed|required|the need arises)[^.;?]{0,40}\\b(we|russia) (will|shall|plan to|intend to"
							+ "|are ready to|is ready to) (\\w+ ){0,2}(fulfil|fulfill|use|act|defend|strike|respond|take)"
							+ "|(would|will) (need|have) to (create|deploy|develop|build) (similar|mirror|adequate|comparable)"
							+ "|against (those|anyone|whoever) who (\\w+ ){0,2}threaten"
							+ "|(every|the|full) right to (respond|retaliate)|forced to (respond|retaliate|take (retaliatory|response))"
							+ "|(evoke|trigger|meet with) an? (\\w+ )?response|response on our part"
							+ "|retaliatory (strikes?|measures|steps|actions?|response)|mirror response"
							+ "|military-technical (measures|response)|(?<!(must|should|need to) (develop|elaborate|work out) )(adequate|appropriate|resolute|proportionate|fitting)"
							+ " (and \\w+ )?(response|retaliatory)"
							+ "|(would|will) only (result in|lead to) (additional|further|more|greater|new|an escalation)",
					"respon", "retaliat", "react", "unanswered", "unpunished", "forced", "compelled", "repel", "strike",
					"deliver", "push back", "rebuff", "take appropriate", "take adequate", "take retaliatory",
					"take necessary", "take countermeasures", "if need", "if necessary", "if required", "need arises",
					"similar", "mirror", "adequate", "comparable", "threaten", "military-technical", "result in",
					"lead to"),
			// responsibility for what follows put on the other side
			new Cue.Family("responsibility for [^.;]{0,80}(will|would|shall) (\\w+ )?(lie|rest|be borne)",
					"responsibility"),
			// an act declared to count as joining the conflict; weapons to be used
			new Cue.Family("(consider|regard|view|treat|deem) (\\w+ ){0,5}(as )?(participation|participants?) in"
					+ "|(consider|regard|view|treat|deem) (\\w+ ){0,5}as (a (direct )?(threat|hostile act)|an act of|an attack|terrorists|legitimate (military )?targets?"
					+ "|a declaration)|(treat|regard|consider)(ed|s|ing)? (\\w+ ){0,3}as (terrorists|legitimate (military )?targets?)"
					+ "|(will|would) (\\w+ ){0,2}use (them|it|these \\w+|nuclear weapons|force) if necessary",
					"particip", "threat", "hostile act", "an act of", "an attack", "terrorists", "target",
					"declaration", "if necessary"),
			// a response promised with its manner named before it, or said to be coming
			new Cue.Family("(will|would|shall) (\\w+ ){0,2}(provide|give|deliver|offer|find|make) (a|an) (\\w+ )?"
					+ EN_MANNER + " (\\w+ )?(response|reply|answer|rebuff)"
					+ "|(our|russia's|russian|the|a|an|my|their|its) (\\w+ )?(response|retaliation|reply|answer)"
					+ " (will|would|shall) (\\w+ ){0,2}be (\\w+ )?" + EN_MANNER
					+ "|(will|would|shall) (\\w+ ){0,2}use,? if (need be|necessary|needed|required)"
					+ "|(actions?|strikes?|attacks?|blows?) (\\w+ ){0,4}(at|on|against) (the )?decision-making cent(re|er)s",
					"respon", "retaliat", "reply", "answer", "rebuff", "if need", "if necessary", "if required",
					"decision-making"),
			// a price to be paid, or a conflict others will be drawn into
			new Cue.Family(
					"will cost (\\w+ ){1,2}dearly|(will|would|shall) (\\w+ ){0,2}pay (dearly|(a|the) (heavy|high|steep|full) price)"
							+ "|(will|would) suffer (equally|(even |much |far )?more|the consequences)"
							+ "|(drawn|dragged|pulled) into (a|an|the|this|that|any) (\\w+ ){0,3}(conflict|war|confrontation|hostilities)"
							// round 19: not the danger of a service thanked
							// ("your difficult work that is fraught with danger")
							+ "|(?<!(developments|situation|situations|(work|service|job|profession|labou?r|duties)( (that|which))?"
							+ "( (is|are|was|were|often|always))?),? )fraught with (\\w+ ){0,3}(confrontation|conflict|war"
							+ "|escalation|catastrophe|disaster|danger)"
							+ "|(with )?all (the )?ensuing consequences|(is|are) making (a|an) (\\w+ )?(mistake|error|blunder)"
							+ "|(colossal|catastrophic|irreparable) (mistake|error|blunder)s?"
							+ "|(if|once|should) (they|you|anyone|someone|\\w+) (\\w+ )?cross(es)? (these|those|this|that|the|our|any) (red )?lines?",
					"dearly", "price", "suffer", "drawn", "dragged", "pulled", "fraught", "ensuing", "mistake", "error",
					"blunder", "cross"),
			// consequences or punishment said to be inevitable, threats turned back on
			// their authors, a conditional "otherwise"
			new Cue.Family(
					"(will|would|shall) (\\w+ ){0,2}face (\\w+ ){0,3}consequences|consequences (\\w+ ){0,8}(is|are) inevitable"
							+ "|punishment (\\w+ ){0,4}(will|shall) (\\w+ ){0,2}(follow|be (inevitable|imposed|meted out))"
							+ "|threats? (against|to|for) themselves"
							+ "|otherwise, (we|russia|they|you) (will|would|shall)(?! not be able| have)",
					"consequences", "punishment", "themselves", "otherwise"),
			// the other side told to take note of a threat; an encroachment that will not
			// be allowed
			new Cue.Family(
					"let (them|our partners|everyone|anyone|the west|our (\\w+ )?colleagues) (\\w+ ){0,2}(know|think|understand"
							+ "|realise|realize)\\b[^.;]{0,80}\\b(unacceptable|response|consequences|retaliat\\w*|red lines?|price)"
							+ "|(we|russia) (will|shall) (not|never) (allow|tolerate|permit) (\\w+ ){0,3}(encroachment|interference"
							+ "|aggression|attacks?|provocations?)"
							// round 12 (set 7): others not allowed to act
							+ "|(we|russia)(,[^,.;]{1,40},)? (will|shall) (\\w+ )?(not|never) (allow|let|permit|tolerate) "
							+ "(anyone|anybody|them|others|the west|nato|kiev|the enemy|our enemies"
							+ "|any (\\w+ )?(attacks?|interference|encroachment|aggression|provocations?))"
							// round 15: the other side said to understand what a step can
							// lead to (not what someone saw it could lead to)
							+ "|(understand|understands|realise|realises|realize|realizes) (\\w+ )?what (this|that|it|all this)"
							+ " (can|could|will|would|may|might) (\\w+ ){0,3}lead to",
					"lead to", "let them", "let our", "let everyone", "let anyone", "let the west", "not allow",
					"never allow", "not tolerate", "never tolerate", "not permit", "never permit", "not let",
					"never let"),
			// round 12: a step of others called a mistake without "grave"
			// (LABELING.md, set 8: the West's policies called mistakes); not one's
			// own ("we made mistakes", "a mistake on our part"), not "a mistake to
			// think", not blame-shifting ("blame us for their own mistakes")
			new Cue.Family("(this|that) is (\\w+,? ){0,3}(a|an) (\\w+ )?(mistake|error|blunder)"
					+ "(?! (on our part|of ours|to (assume|think|believe|say|expect|ignore)))"
					+ "|(keep|keeps|kept|are|is) (making|repeating) (the same |these |such |their )?(mistakes?|errors?|blunders?)"
					+ "|(they|he|she|washington|kiev|europe|the west|the americans|the europeans) (have |had )?(\\w+ )?"
					+ "(made|make|repeat|repeated) (these|those|the same|such|all these|so many) (mistakes?|errors?|blunders?)"
					+ "|(?<!(admit|admitting|admitted|learn|learned|learnt|correct|correcting|fix|from|for|blame|blaming) )"
					+ "(their|his|her|its|(\\w+)['’]s?) (?!own )(\\w+ )?(mistakes|errors|blunders)",
					// a space before: "terror" is no error
					" mistake", " error", " blunder"),
			// round 12: a step predicted to cost its authors (LABELING.md, set 8:
			// "they will regret it", "their own problems are inevitable"); not "you
			// will not regret it", not a drought's higher prices; round 20: said to have
			// backfired already, not only that it will
			new Cue.Family(
					"(?<!(you|i|we) )(will|would|shall) (?!not |never )(\\w+ )?regret (it|this|that|the day|their|his|her|such)"
							+ "|(their|its) own problems (\\w+ ){0,2}(are|will be) inevitable"
							+ "|(problems|losses|difficulties) for them (are|will be) inevitable"
							+ "|(will|would) (\\w+ ){0,2}(backfire|boomerang|rebound) on(?! (us|our|ourselves|russia|me)\\b)|shoot(s|ing)? (themselves|itself) in the foot"
							+ "|(economic|political|energy) (\\S+ ){0,2}suicide|forg[eo]t\\w* how (it|this|that|all this|all that) ended"
							+ "|(sanctions|restrictions|measures|steps|policies|policy|decisions?) (\\w+ ){0,8}(will|would) (\\w+ ){0,2}"
							+ "(lead to|result in) (more|higher|further|even higher|rising) (inflation|prices|costs|shortages|unemployment)"
							+ "|(sanctions|restrictions|measures|steps|polic(y|ies)|decisions?|embargo(es)?|this|that|it)"
							+ " (\\w+ ){0,2}(has|have|had) (\\w+ ){0,2}(backfired|boomeranged|hit back)(?! (on|at) (us|our|ourselves|russia|me)\\b)",
					"regret", "inevitable", "backfire", "boomerang", "rebound", "in the foot", "suicide", " ended",
					"lead to", "result in", "hit back"),
			// round 12: countermeasures threatened (LABELING.md, set 7): a step we
			// may be forced to, a military reinforcement against a neighbour's
			// build-up; not "in response to" domestic demand
			new Cue.Family("if (we are|russia is|we were) (\\w+ )?forced to"
					+ "|(reinforc|strengthen|bolster|fortify)\\w* (of )?(the )?(\\w+['’]s )?(\\w+ ){0,2}(western|north-western)"
					+ " (borders?|flank|frontiers?)"
					+ "|in response to what (they|nato|the west|the united states|the americans) (are|is|have been|has been) doing"
					+ "|in response to (their|nato['’]s|the west['’]s|such|these|hostile|unfriendly) (\\w+ )?(actions|steps|moves|deployments?)",
					"forced to", "western border", "western flank", "western frontier", "in response to"),
			// round 14 (LABELING.md "Round 14"): another side's steps called mistakes or
			// miscalculations, its own ones included ("their own miscalculations",
			// "blame us for their own mistakes"); by owner, maker or agent, never "we"
			// or "our", never mistakes admitted, learnt from, corrected or hoped for.
			// The round-14 families are split by needle so that each runs only where
			// its own words occur.
			new Cue.Family(
					"(?<!(admit|admitting|admitted|learn|learned|learnt|correct|correcting|fix|from|on|hope for|hoping for) )"
							+ "(their|its|(\\w+)['’]s?) (own )?(\\w+,? ){0,2}(mistakes|errors|blunders|miscalculations)"
							+ "|(this|these|that|those|it) (is|are) (\\w+ ){0,3}(a )?(miscalculations?|blunders?)"
							+ "|(mistakes?|errors?|blunders?|miscalculations?) (made|committed) by (?!(us|me|our|russia|ourselves)\\b)\\w+"
							+ "|(mistakes|errors|blunders|miscalculations) (that |which )?(the )?(?!(we|i|you)\\b)(\\w+ ){1,6}(have|has|had) made"
							+ "|\\b(?!(we|i|you|have|has|had)\\b)\\w+ (have |has |had )?(made|make|making) (a host of|a lot of|lots of|many"
							+ "|numerous|a number of|a series of|a string of|so many|too many|plenty of) (\\w+ )?(mistakes|errors|blunders|miscalculations)"
							+ "|(mistakes|errors|miscalculations) of (the )?(ruling |current )?(elites?|west|western \\w+|european \\w+|europe"
							+ "|americans?|united states|us administration|kiev|nato|washington|brussels)",
					" mistake", " error", " blunder", "miscalcul"),
			new Cue.Family("(their|its|(\\w+)['’]s?) failed (\\w+ ){0,2}(policy|policies|course|strategy)", "failed"),
			// a step judged, its authors named ("the improper decisions by the Western
			// countries", "their wrong assessment"): a decision or action, not a
			// standing policy named as a cause ("their erroneous economic policies")
			new Cue.Family("(this|that|it) is (the|a|an) (wrong|erroneous|mistaken|misguided|short-sighted|shortsighted"
					+ "|reckless) (approach|decision|step|policy|path|way|course|line)"
					+ "|(their|its|(\\w+)['’]s?) (\\w+, )?(wrong|erroneous|mistaken|short-sighted|shortsighted) (\\w+ )?(assessments?"
					+ "|analysis|decisions?|steps?|actions?|moves?)"
					+ "|(improper|wrong|erroneous|mistaken|short-sighted|shortsighted|reckless|ill-considered|misguided)"
					+ " (\\w+ ){0,2}(decisions?|steps?|actions?|moves?|polic(y|ies)) (of|by) (the )?(those who|west|western"
					+ "|europe|european|eu|us|united states|american|americans|kiev|nato|washington|brussels)\\b",
					"wrong", "improper", "erroneous", "mistaken", "short-sighted", "shortsighted", "reckless",
					"ill-considered", "misguided"),
			// round 14: a step that hurts its own authors now ("they are hurting
			// themselves", "with their own hands", sanctions "damaging their architects",
			// prices up "for their own citizens"), or a course called suicidal
			new Cue.Family(
					"(?<!(not|never|avoid|without|cannot)( to)? )(hurt|hurts|hurting|harm|harms|harmed|harming|damage|damages"
							+ "|damaged|damaging|punish|punishes|punishing|undermine|undermines|undermining|hitting) (\\w+ ){0,2}themselves"
							// round 20: limits, thefts, isolation and dead ends turned on
							// themselves ("will steal from themselves")
							+ "|(?<!(not|never|avoid|without|cannot)( to)? )(limit|limits|limiting|limited|restrict|restricts|restricting"
							+ "|deprive|deprives|depriving|deprived|rob|robs|robbing|robbed|isolate|isolates|isolating|isolated)"
							+ " (\\w+ ){0,2}themselves|(steal|steals|stealing|stole) from themselves|(shut|shuts|shutting|cut|cuts"
							+ "|cutting|closed|close|closing) themselves off|dead[- ]end for themselves"
							+ "|(problems|damage|harm|undermin\\w*|destroy\\w*|blow)[^.;]{0,80}(with (their|its) own hands|all by themselves)",
					"themselves", "own hands"),
			// round 16: any verb of a cost turned on the authors ("the sanctions affected
			// those who initiated them", "struck their own initiators"), and the authors
			// in any tense ("imposed", "are introducing")
			new Cue.Family(
					"(damag|harm|hurt|hit|affect|struck|strik|backfir\\w* on|rebound\\w* on|boomerang\\w* on|recoil\\w* on"
							+ "|turn\\w* against)\\w* (\\w+ ){0,2}(their|its) (own )?(advocates|architects|authors|initiators"
							+ "|organi[sz]ers)"
							+ "|(damag|harm|hurt|hit|affect|struck|strik|backfir\\w* on|rebound\\w* on|boomerang\\w* on|recoil\\w* on"
							+ "|turn\\w* against)\\w* (\\w+ ){0,3}(those|the ones|the very ones|the countries|the states) (who|that)"
							+ " (\\w+ ){0,2}(impos|introduc|initiat|adopt|instigat|launch|devis|push)\\w*",
					"advocates", "architects", "authors", "initiators", "organis", "organiz", "those who", "ones who",
					"those that", "ones that", "countries who", "countries that", "states who", "states that"),
			// round 16: the other side's restrictions hitting the other side ("the
			// embargo has hit the European economy hardest")
			new Cue.Family(
					"(sanctions|restrictions|embargo(es)?|price caps?|(such|these|their) (decisions|steps|measures))"
							+ " (\\w+ ){0,4}(hit|hits|hitting|hurt|hurts|hurting|harm(s|ed|ing)?|damag(e|es|ed|ing)|struck|strikes?"
							+ "|striking) (\\w+ ){0,3}(europe|european|europeans|the eu|the west|western|the united states|american"
							+ "|americans|america)\\b",
					" hit", "hurt", "harm", "damag", "struck", "strik"),
			// round 16 (LABELING.md, set 10: "each sentence that spells out the cost of a
			// policy to its authors"): a worsening named for the other side ("higher
			// inflation and unemployment and the worsening economic outlook for the
			// United States and European countries", "inflation will spike, affecting the
			// wellbeing of European consumers"); not a figure of our own, not prices
			// alone (energy talk reports them without a cost to anyone)
			// round 17: behind a side named as well (EN_SIDE), since inflation,
			// incomes and outlooks are domestic talk in most releases
			Cue.Family.gated("(higher|rising|soaring|surging|galloping|runaway|record|spiking|skyrocketing|double-digit"
					+ "|growing) (\\w+ )?(inflation|unemployment)" + EN_BEARER
					+ "|(worsening|deteriorating|declining|falling|shrinking|gloomy|bleak|plummeting) (\\w+ )?(outlook"
					+ "|prospects|living standards|standards? of living|(real )?incomes|savings|competitiveness)"
					+ EN_BEARER
					+ "|(inflation|unemployment)( rate)? (will|would|is going to) (\\w+ )?(spike|soar|surge|skyrocket|rise"
					+ "|go up|jump|grow|increase|accelerate)[^.;]{0,80}\\b(europe|european|europeans|americans?"
					+ "|united states|the west|western|the eu)\\b", EN_SIDE, "inflation", "unemployment", "outlook",
					"prospects", "standard", "incomes", "savings", "competitiveness"),
			// round 16: the cost named as the price of the others' decisions ("This is
			// the cost of the decisions that were made"), or paid by their side
			// ("Europeans are paying the price for ..."); not a cost we chose
			new Cue.Family(
					"(this|that|it|these|such) (is|are|was|were|will be) (\\w+ ){0,2}(the|a) (\\w+ )?(costs?|price)"
							+ " (of|for) (the|their|these|those|such|this|that) (\\w+ ){0,2}(decisions?|polic(y|ies)|steps?"
							+ "|actions?|sanctions|choices?|course|mistakes|errors|blunders|miscalculations|approach|moves?)"
							+ "(?![^.;]{0,20}\\b(we|our|i)\\b)"
							+ "|(they|europe|europeans|americans|the west|the eu|the us|(european|american|western) \\w+) (\\w+ ){0,3}"
							+ "(pay|pays|paying|paid) (the|a) (\\w+ )?price for (the|their|these|those|such|this|that)\\b",
					"cost of", "cost for", "costs of", "costs for", "price of", "price for"),
			new Cue.Family(
					"(prices|costs|inflation)[^.;]{0,40}\\b(primarily|mostly|above all|first of all) for their own (citizens|people|consumers)"
							+ "|(due to|because of|result of|caused by) their own (\\w+ )?(actions|policies|policy|decisions|steps)"
							+ "|at the expense of their own (\\w+ )?(interests|economies|economy|citizens|people|wellbeing|well-being)"
							+ "|suicidal (path|course|intentions?|policy|policies|steps?)"
							// round 20: "the problems of their own making"
							+ "|(problems|crisis|crises|difficulties|troubles|mess|situation|predicament) of (their|its) own making",
					"for their own", "to their own", "of their own", "by their own", "suicidal", "own making"),
			// round 14: countermeasures threatened: "we will not let this happen", "we
			// cannot allow the creation of ... / such a scenario", "we will act
			// appropriately", "we must respond to these steps", "we cannot but react"
			new Cue.Family(
					"(we|russia) (\\w+ ){0,2}((will not|won't|cannot|can't|can not|shall not|will never) (\\w+ )?(allow|permit)|(will not|won't|cannot|can't|can not|shall not|will never) let) (\\w+ ){0,4}(to )?(happen|materiali[sz]e)"
							+ "|(we|russia) (\\w+ )?(will not|won't|cannot|can't|can not|shall not|will never) (\\w+ )?(allow|permit) (the )?"
							+ "(creation|emergence|deployment|expansion|appearance|establishment) of"
							+ "|(we|russia) (\\w+ )?(will not|won't|cannot|can't|can not|shall not|will never) (\\w+ )?(allow|permit) (the|this|that|such an?) (\\w+ )?(scenario|outcome)"
							// round 15: "we have no (moral) right to allow this", the
							// same refusal
							+ "|(we|russia) (simply |just )?have no (\\w+ )?right to (allow|let|permit) (this|that|it|them)\\b",
					"allow", "permit", "not let", "n't let", "never let", "right to let"),
			new Cue.Family(
					"(we|russia) (will|shall) (\\w+ ){0,2}act (appropriately|accordingly|adequately|decisively|resolutely|in kind)",
					"act a", "act d", "act r", "act in"),
			new Cue.Family(
					"(we|russia) (will|shall|must) (certainly |definitely |undoubtedly |surely )?(respond|react|retaliate)"
							+ " to ((this|that|these|those|such|their) (threats?|steps|actions?|moves?|danger|provocations?|sanctions|measures))"
							+ "|(cannot|can't|could not) (help )?but (react|respond|retaliate)"
							// round 15: the steps named before, the reply by pronoun
							// ("took these steps and we must respond to them"); not
							// problems we respond to
							+ "|(steps|actions|measures|sanctions|moves|decisions|threats|provocations)\\b[^.;?]{0,60}\\b(we|russia)"
							+ " (will|shall|must) (certainly |definitely |undoubtedly |surely )?(respond|react|retaliate) to (them|it|this|that)\\b",
					"respond to", "react to", "retaliate to", "but react", "but respond", "but retaliate"),
			new Cue.Family("(will|shall) (\\w+ ){0,4}punish (them|those responsible|the perpetrators|the culprits)"
					+ "|(actions?|measures|steps) as a response to (the )?(aggressive|hostile|unfriendly|their)"
					+ "|means of repelling", "punish", "as a response", "repelling"),
			// round 16 (LABELING.md, set 10: "must not allow anyone to interfere in our
			// affairs", "Our sacred duty is to prevent the retaliation of the ideological
			// heirs", like "we have no right to let this happen"): a refusal by a duty or
			// a negated right, with another side as its object and a hostile act as its
			// verb, so that "we must not allow delays" stays silent
			// round 17: behind the hostile verb as well ("allow" and "let" alone are in
			// a tenth of all sentences)
			Cue.Family
				.gated("((must|should|shall|will|can)( not|n't)|won't|cannot|never|have no (\\w+ )?right to) (\\w+ )?(allow|let|permit)"
						+ " (anyone|anybody|others|outsiders|them|other (countries|states|forces)|foreign \\w+|(any )?external (\\w+ )?forces)"
						+ " (\\w+ ){0,2}(to )?(interfere|meddle|dictate|impose|encroach|intervene|destabili[sz]e|split|divide|drag"
						+ "|undermine|infringe|tear|rewrite|falsify|distort|attack|threaten|push us)\\w*", EN_HOSTILE,
						"allow", "permit", " let "),
			Cue.Family
				.gated("(no one|nobody|no country|no state) (will|shall|can) (\\w+ )?be (allowed|permitted) to (interfere|meddle"
						+ "|dictate|impose|encroach|intervene|destabili[sz]e|split|divide|drag|undermine|infringe|threaten|attack)",
						List.of("no one", "nobody", "no country", "no state"), "allowed", "permitted"),
			Cue.Family
				.gated("(our|my|russia['’]s|the) (\\w+ ){0,2}duty (is|was|will be|remains) (\\w+ ){0,2}to (prevent|stop|avert|thwart"
						+ "|repel|not allow|not let|never allow) (\\w+ ){0,4}(revenge|retaliation|revanche|revival|resurgence|rebirth"
						+ "|aggression|interference|encroachment)",
						List.of("revenge", "retaliation", "revanche", "revival", "resurgence", "rebirth", "aggression",
								"interference", "encroachment"),
						"duty"),
			// round 14: recalled warnings of our own ("despite all our warnings"); round
			// 20: in an idiom ("every time we showed our teeth")
			new Cue.Family(
					"(our|russia['’]s) ([\\w,]+ (and )?){0,4}warnings|(show|shows|showed|shown|showing) (our|its|russia['’]s) teeth",
					"warnings", "teeth"),
			// round 17: a cost, a response or an outcome for the other side stated as
			// cause and effect, whatever the wording: a step that "will lead them to
			// bankruptcy", a state that "has to pay such a high price because of this",
			// "we decided to respond to these sanctions", "we all know how these
			// reckless schemes ended" (LABELING.md, sets 2, 8 and 11). The bearer
			// is the other side ("them", "those who"), never "we" or "I"; a past
			// response needs the sanctions or steps it answers, so that "the best
			// response to unfriendly actions is integration" stays silent; and how a
			// scheme ended needs the scheme named ("these schemes", "this attempt"),
			// since "how it all ended" leaves the step, and the side, to the context
			Cue.Family.gated("(will|would|could|may|might|going to) (\\w+ ){0,2}(lead|drive|push|bring|plunge|doom)\\w*"
					+ " (them|those who \\w+) (in)?to (\\w+ ){0,2}(bankruptcy|ruin|collapse|default|crisis|disaster"
					+ "|catastrophe|poverty|recession|deindustriali[sz]ation|decline|defeat)",
					List.of(" them ", "those who"), "bankrupt", "ruin", "collapse", "default", "crisis", "disaster",
					"catastroph", "poverty", "recession", "industriali", "decline", "defeat"),
			new Cue.Family(
					"(?<!\\b(we|i|russia|russians) )(has|have|had|will have|would have) to pay (such |so )?(a |an |the )?"
							+ "(\\w+ )?(high|heavy|steep|huge|exorbitant|hefty) price",
					"to pay"),
			new Cue.Family(
					"\\b(we|russia)\\b[^.;?]{0,40}?\\b(decided|have decided|had|have|has|are going|is going|were forced"
							+ "|are forced|was forced|intend|intends|will have|would have|ready|prepared)\\b[^.;?]{0,40}?\\bto"
							+ " (respond|react|retaliate) to (these|those|such|their|the|western|unfriendly|hostile|illegal"
							+ "|illegitimate) (\\w+ )?(sanctions|restrictions|threats|steps|actions|moves|provocations|measures)",
					"respond to", "react to", "retaliate to"),
			// a response announced by its act, against a side named ("we will have to
			// fight with the entire NATO organisation"), and the classic refusal to
			// stand idly by, asked or told
			Cue.Family
				.gated("(we|russia) (will|would|shall) (\\w+ ){0,2}(have to|be forced to|be compelled to) (fight|go to war"
						+ "|wage war|strike|retaliate) (with |against )?(the entire |all of |the whole |all )?(nato|the west"
						+ "|them|the united states|america|europe|kiev|these \\w+|those who)\\b",
						List.of("nato", "west", "them", "united states", "america", "europe", "kiev", "these ",
								"those who"),
						"have to", "forced to", "compelled to"),
			new Cue.Family(
					"\\b(we|russia)\\b[^.;?]{0,20}\\b(not|never|no longer) (\\w+ ){0,2}(stand|sit|stay) idly( by)?"
							+ "|(think|expect|believe|imagine|hope|assume)s? (that )?(we|russia) (will|would|are going to|is going to)"
							+ " (just |simply )?(stand|sit|stay) idly",
					"idly"),
			Cue.Family
				.gated("(know|knows|knew|aware of|remember|remembers|recall|recalls|forgotten|forget|forgets|forgot"
						+ "|forgetting)( very well| well| perfectly well)? (how|what) (these|those|such|this|that|their|the)"
						+ " (\\w+ ){0,2}(schemes?|attempts?|adventures?|plans?|experiments?|ventures?|escapades?|policy|policies"
						+ "|campaigns?|operations?|provocations?|gambles?) (\\w+ ){0,2}(ended|came to|ended up|led to|resulted in)\\b",
						List.of("know", "knew", "aware", "remember", "recall", "forg"), "ended", "came to", "led to",
						"resulted in"),
			// round 14: a line for a step to come ("any further expansion ... is
			// unacceptable for us"), not a policy in place ("which is unacceptable to
			// Russia")
			new Cue.Family("(any|further) [^.;]{0,200}\\b(is|are) (\\w+ )?unacceptable( (for|to) (us|russia))?\\b",
					"unacceptable"),
			// round 18: the classic forms of a warning that the pages of 1999-2020 use
			// (set 12). A line marked against outside interference or pressure
			// (LABELING.md, set 12: "any outside interference ... is unacceptable",
			// "any pressure ... would be counterproductive"); not pressure on
			// business, not interference in the work of a court
			Cue.Family.gated("(outside|external|foreign) (interference|meddling|pressure|intervention|interfering)"
					+ "[^.;?]{0,160}\\b(is|are|was|were|would be|will be) (\\w+ )?(unacceptable|inadmissible"
					+ "|counterproductive)|(interference|meddling|interfering) in (the )?(\\w+ )?(internal|domestic)"
					+ " (affairs|processes|matters)[^.;?]{0,160}\\b(is|are|was|were|would be|will be) (\\w+ )?"
					+ "(unacceptable|inadmissible|counterproductive)",
					List.of("unacceptable", "inadmissible", "counterproductive"), "interfer", "meddl", "pressure",
					"interven"),
			// a demand or attempt of another side rejected as unacceptable ("described
			// as unacceptable the demand of the European Commission"); its author named
			Cue.Family.gated("(described|called|termed|declared|deemed|regards?|considers?) as (absolutely |totally"
					+ " |completely )?(unacceptable|inadmissible) (the|any|such|these|their) (\\w+ ){0,3}(demands?"
					+ "|attempts?|intentions?|plans?|conditions?|ultimatums?|claims?) (of|by|from) (the )?(european"
					+ "|eu|west|western|nato|united states|us|usa|american|americans|washington|brussels|kiev"
					+ "|ukrainian|foreign)\\b",
					List.of("described", "called", "termed", "declared", "deemed", "regard", "consider"),
					"unacceptable", "inadmissible"),
			// the right to respond reserved, a response mirrored ("Russia would reserve
			// the right to similar actions", "all we can do is mirror their actions");
			// not organisers reserving the right to turn down a request, not "we had
			// to reciprocate by" (a past reply)
			new Cue.Family("\\b(we|russia|moscow)\\b[^.;?]{0,30}\\breserv(e|es|ed|ing) the right to (\\w+ ){0,2}"
					+ "(respond|retaliat\\w*|react|take countermeasures|(similar|symmetric\\w*|asymmetric\\w*|mirror"
					+ "|reciprocal|adequate|appropriate|retaliatory|response|counter) (\\w+ )?(actions|measures|steps"
					+ "|response|moves))"
					+ "|\\b(we|russia)\\b[^.;?]{0,40}\\b(mirror|reciprocate) (their|these|those|such|its|the \\w+['’]s?)"
					+ " (\\w+ )?(actions|steps|measures|moves|decisions|sanctions)"
					+ "|all (we|russia) can do is (to )?(mirror|retaliate|reciprocate)", "reserv", "mirror",
					"reciprocate", "retaliate"),
			// the other side asked whether it expected no reply ("did you not think
			// that there would be a response"); not "we expect there will be a
			// positive response" (no question)
			new Cue.Family("\\b(did|do|does|have|had) (you|they|he|she|anyone|someone|anybody|somebody|\\w+)"
					+ " (\\w+ ){0,2}(think|thought|expect|expected|believe|believed|imagine|imagined|assume|assumed)"
					+ " (that )?there (would|will) (\\w+ ){0,2}be (no )?(\\w+ )?(response|retaliation|reaction"
					+ "|consequences)", "there would", "there will"),
			// a hostile aim declared futile: "if anyone believes that acting this way
			// would influence the campaign ..., they are deeply mistaken"; not a
			// domestic "if anyone thinks the epidemic is over, they are mistaken"; the
			// hostile verbs whole ("impose", not "impossible"; "isolate Russia", not
			// self-isolation)
			Cue.Family.gated("\\bif (anyone|anybody|someone|somebody|they|those)\\b[^.;?]{3,200}, (then )?(they"
					+ "|he|she|he or she|such people) (are|is|will be|would be) (\\w+ ){0,2}(mistaken|wrong)\\b"
					+ "|\\b(anyone|those|someone) who (thinks?|believes?|hopes?|expects?|counts? on)\\b[^.;?]{3,200}\\b"
					+ "(is|are) (\\w+ ){0,2}mistaken\\b",
					List.of("influenc", "intimidat", "frighten", "scare", "pressur", "force us", "break us", "weaken",
							"divide", "split", "destabili", "blackmail", "isolate russia", "isolate us",
							"isolation of russia", "interfer", "dictat", "impose", "imposing", "imposition", "defeat",
							"sway", "bring russia", "bring us"),
					"mistaken", "wrong"),
			// a classic formula told to the other side ("should have no illusions");
			// not "we have no illusions" (our own realism)
			new Cue.Family(
					"(should|must|need) (not )?have no illusions|(should|must|need) not (have|harbou?r|entertain)"
							+ " any illusions|let (no one|nobody) (have|harbou?r|entertain) (any )?illusions",
					"illusions"),
			// a serious loss predicted for another's body ("the Olympic movement will
			// suffer serious damage"); not our own economy's
			new Cue.Family(
					"(?<!\\b(we|i|our \\w{1,20}|russia|russian \\w{1,20}|russia['’]s \\w{1,20}|domestic \\w{1,20}) )"
							+ "(will|would|is going to|are going to) (\\w+ )?suffer (\\w+ ){0,2}(serious|grave|great|enormous"
							+ "|irreparable|considerable|heavy|huge|significant|severe|colossal|tremendous|irreversible)"
							+ " (damage|harm|losses|blows?)",
					"suffer"),
			// a threatened response by condition (LABELING.md, set 12: "we will comply
			// ... as long as our partners comply as well"), and force held in reserve
			// ("this group would not be used unless the situation becomes
			// uncontrollable")
			new Cue.Family("\\b(we|russia)\\b[^.;?]{0,40}\\b(will|shall) (\\w+ ){0,3}(comply|abide|observe|fulfil"
					+ "|fulfill|honou?r|respect|adhere)\\b[^.;?]{0,80}\\b(as long as|so long as|provided( that)?"
					+ "|only if|on condition that) (our|their|the other|other|the american|the us) (\\w+ )?(partners"
					+ "|counterparts|side|sides|signatories|parties) (\\w+ ){0,2}(comply|abide|observe|fulfil\\w*"
					+ "|honou?r|respect|adhere|do the same|do so|does the same|does so)"
					+ "|(group|forces?|troops|reserve|weapons|army|personnel|units?|contingent)\\b[^.;?]{0,40}\\b(would"
					+ "|will) (\\w+ )?not be (used|deployed|employed|sent in|brought in) unless", "as long as",
					"so long as", "provided", "only if", "on condition", "unless"),
			// a step of the other side judged in so many words: "your mistake is that
			// you took that trust as weakness" (not "our mistake is that we trusted"),
			// and (LABELING.md, set 12) "why were they so unthinking", like
			// "short-sighted"
			new Cue.Family(
					"\\b(your|their) (\\w+ )?(mistake|error|blunder|miscalculation) (is|was|lies in) (that|in)\\b"
							+ "|why (were|are|was|is) (they|you|the \\w+|\\w+) (\\w+ )?so (unthinking|short-?sighted|reckless"
							+ "|thoughtless|irresponsible)",
					" mistake", " error", " blunder", "miscalcul", " so unthinking", " so short", " so reckless",
					" so thoughtless", " so irresponsible"),
			// round 20 (the long transcripts read whole): the authors to lose most
			// ("stand to lose the most"), to fare worse ("will
			// get even worse for our partners"), to pay more ("prices in their countries
			// go up")
			new Cue.Family(
					"(those who|they|the west|europe|europeans|the united states|the americans|the initiators)\\b"
							+ "[^.;?]{0,60}\\b(stand to|will|would|are going to) lose (the most|most|the biggest|far more|much more)"
							+ "|(will|would|is going to) (\\w+ ){0,2}(get|become|grow) (even |much |only |still )?worse for (them|our"
							+ " (\\w+ )?partners|europe|the west|the europeans|the americans|the united states|those who)\\b"
							+ "|prices in their (own )?(countries|markets|economies|states) (\\w+ ){0,2}(go|going|went|rise|rising|rose"
							+ "|soar|soaring|grow|growing|jump|jumping|climb|climbing|skyrocket)\\w*",
					" lose ", "worse for", "prices in their"),
			// a neighbour not to be made a base against us ("will never allow Ukraine to
			// be a bridgehead for aggressive actions against our country")
			new Cue.Family(
					"(not|never) (\\w+ )?(allow|permit|let) (\\w+ ){1,3}(to )?(be|become|turn into) (a|an|the) (\\w+ )?"
							+ "(bridgehead|springboard|staging (ground|area|post)|foothold|launch ?pad)",
					"bridgehead", "springboard", "staging", "foothold", "launch pad", "launchpad"),
			// trust in the other side's money ruined by its own step ("has compromised
			// trust in these currencies", "marks the end of the reliability of
			// so-called first-class assets"); not trust in ours undermined
			new Cue.Family("(compromis|undermin|destroy|erod|ruin|wreck|(dr[ae]w|drawn) a line under|(the )?end of)\\w*"
					+ " (\\w+ ){0,2}(trust|confidence|reliability|credibility|faith) (in|of) (?!(our|russia['’]s|the rouble"
					+ "|the ruble|national)\\b)([\\w-]+ ){0,3}(currenc\\w*|dollars?|euros?|reserve \\w+|assets)",
					"trust", "confidence", "reliability", "credibility", "faith"),
			// countermeasures to be taken ("The Government will introduce proportionate
			// counter restrictions"); not bare "countermeasures", which fires, floods and
			// epidemics have too
			new Cue.Family(
					"(will|shall|would|must) (\\w+ ){0,2}(introduce|impose|adopt|take|apply) (\\w+ ){0,2}(counter[- ]"
							+ "(restrictions|sanctions|measures|steps)|(retaliatory|reciprocal|mirror) (measures"
							+ "|restrictions|sanctions|steps))",
					"counter", "retaliatory", "reciprocal", "mirror")));

	/**
	 * How a promised response is qualified: «достойный ответ», «ответ будет
	 * асимметричным».
	 */
	private static final String RU_MANNER = "(достойн|адекватн|жёстк|жестк|должн|соответствующ|асимметричн|симметричн|зеркальн"
			+ "|решительн|сокрушительн|незамедлительн|молниеносн|мгновенн|соразмерн|военн)";

	/**
	 * Round 16: the other side as the bearer of a cost, a few words after it («в США и
	 * Европе», «для европейских стран», «европейцев»).
	 */
	private static final String RU_BEARER = " (\\w+ ){0,3}((в|для|у|среди) (\\w+ )?(сша|соедин[её]нных штат\\w*|европ\\w*|ес|евросоюз\\w*"
			+ "|еврозон\\w*|запад\\w*|америк\\w*|западн\\w+ \\w+|европейск\\w+ \\w+)|европейцев|американцев)";

	/** Round 17: the words one of which RU_BEARER always holds. */
	private static final List<String> RU_SIDE = List.of("сша", "соединённ", "соединенн", "европ", "евросоюз", "еврозон",
			"запад", "америк", " ес", "европейцев", "американцев");

	static final Cue RU = Cue.ofFamilies(List.of(
			// a verb of warning (the noun «предупреждение» is also prevention of
			// emergencies)
			new Cue.Family(
					"(?<!не )предупре(дил|дила|дили|ждал|ждала|ждали|ждает|ждают|ждаем)|предостер(ёг|ег|егла|егли|егает|егают)",
					"предупре", "предостер"),
			// a step called a mistake or a red line
			new Cue.Family("(серь[её]зн|грубейш|грубой|грубая|роков|фатальн)\\w* ошибк\\w*|было бы ошибк\\w*"
					+ "|(это|будет|стал\\w*|стан\\w*|являются|является) (\\w+ ){0,2}красн\\w+ (черт\\w+|лини\\w+)"
					+ "|(пересеч|переход|перейти|перешагн)\\w* (\\w+ )?красн\\w+ (черт\\w+|лини\\w+)", "ошибк",
					"красн"),
			// grave consequences ahead
			new Cue.Family(
					"(будут|будет|может|могут|чревато|чреваты|грозит|грозят|приведёт|приведет|повлечёт|повлечет) (\\w+ ){0,4}"
							+ "(серь[её]зн|тяж[её]л|тяжелейш|катастрофическ|непредсказуем|необратим|негативн|печальн|плачевн"
							+ "|разрушительн)\\w* (\\w+ )?(последстви\\w*|влияни\\w*)|последстви\\w* (будут|могут быть|окажутся)"
							+ "|болезненн\\w+ (для|последстви\\w*)|бумеранг\\w*",
					"последстви", "влияни", "болезненн", "бумеранг"),
			// a response promised
			new Cue.Family(
					"(?<!комплекс )ответн\\w+ (мер\\w*|шаг\\w*|удар\\w*|действи\\w*)|ответ будет|(ответим|будем отвечать)"
							+ "|готов\\w* (\\w+ ){0,2}к (\\w+ )?(ответ\\w*|ответн\\w+|отпор\\w*)|немедленн\\w+ ответ\\w*"
							+ "|ответ\\w* в полном объ[её]м\\w*|будем вынужден\\w*"
							+ "|если [^.;?]{3,120}(ответим|примем (ответные|адекватные|зеркальные) меры)"
							+ "|(будем|будут|будет) вынужден\\w* (ответить|принять|реагировать)"
							+ "|вынужден\\w* (будем|будут|будет) (ответить|принять|реагировать)"
							+ "|не остан\\w+ без ответа|(зеркальн|симметричн|асимметричн|адекватн|соразмерн)\\w+ (и \\w+ )?(ответ\\w*|мер\\w*)"
							+ "|военно-техническ\\w+ (мер\\w*|ответ\\w*)",
					"ответ", "отвеча", "отпор", "вынужден", "адекватн", "зеркальн", "симметричн", "соразмерн",
					"военно-техническ"),
			// responsibility for what follows put on the other side
			new Cue.Family("ответственность за [^.;]{0,80}(ляжет|будет лежать|лежит)", "ответственност"),
			// an act declared to count as joining the conflict
			new Cue.Family(
					"(относ|отнес|обращ)\\w+ (\\w+ ){0,3}как к (террорист\\w*|преступник\\w*|законн\\w+ цел\\w*|легитимн\\w+ цел\\w*)"
							// round 15: «квалифицируются ... как террористы», the same
							// verdict by another verb
							+ "|квалифицир\\w* (\\w+ ){0,3}как (террорист\\w*|преступник\\w*)"
							+ "|(рассматрива|расценива|воспринима|счита)\\w* (\\w+ ){0,5}как (законн|легитимн)\\w+ цел\\w*"
							+ "|(рассматрива|расценива|воспринима|счита)\\w* (\\w+ ){0,5}(как )?(участи\\w* в|участник\\w*|враждебн\\w*"
							+ "|акт\\w* агрессии|нападени\\w*|объявлени\\w* войны)",
					"квалифицир", "террорист", "преступник", "законн", "легитимн", "участи", "участник", "враждебн",
					"агресси", "нападени", "объявлени"),
			// a response promised with its manner named, or said to be coming
			new Cue.Family("(дадим|дать|дадут|даст|получит|получат|последует|будет дан|найд\\w+) (\\w+ ){0,2}"
					+ RU_MANNER + "\\w* (\\w+ )?(ответ|отпор)\\w*"
					+ "|(ответ|реакци)\\w* (\\w+ ){0,2}(будет|последует|окажется) (\\w+ )?" + RU_MANNER
					+ "|примен\\w+ (\\w+ ){0,4}(при|в случае) необходимости|(при|в случае) необходимости (\\w+ ){0,3}примен\\w+"
					+ "|(удар\\w*|действи\\w*) (\\w+ ){0,4}по (\\w+ )?центрам принятия решений", "ответ", "отпор",
					"реакци", "необходимости", "центрам"),
			// a price to be paid, or a conflict others will be drawn into
			new Cue.Family(
					"дорого (обойд|обойт|заплат|поплат)\\w*|(заплат|поплат)\\w* (\\w+ ){0,2}(дорого|высокую цену|сполна)"
							+ "|пожале(ют|ет|ете)\\b|(втян|втяг|вовлеч|вовлек)\\w* в (\\w+ ){0,2}(конфликт|войн|противостояни|конфронтаци)\\w*"
							+ "|чреват\\w* (\\w+ ){0,3}(конфронтаци|конфликт|войн|столкновени|эскалаци|катастроф)\\w*"
							+ "|со всеми (вытекающими|из этого вытекающими) (\\w+ )?последствиями"
							+ "|(колоссальн|непоправим)\\w* ошибк\\w*|(соверша|делают|делает)\\w* (\\w+ ){0,2}ошибк\\w*",
					"дорого", "заплат", "поплат", "пожале", "втян", "втяг", "вовлеч", "вовлек", "чреват", "последстви",
					"ошибк"),
			// a reaction promised, punishment said to be inevitable, a course called
			// mistaken
			new Cue.Family("(будем|будут|будет) (\\w+ )?(реагировать|отвечать)"
					+ "|наказани\\w* (\\w+ ){0,4}(неизбежно|неотвратимо|непременно) (\\w+ )?последу\\w+|неотвратимост\\w* наказани\\w* (\\w+ ){0,2}будет обеспечен\\w*"
					+ ""
					+ "|было бы (\\w+ и )?ошибочн\\w*|в противном случае (мы|россия) (\\w+ )?(будем|будет|примем|ответим)",
					"реагировать", "отвечать", "наказани", "ошибочн", "в противном случае"),
			// an encroachment that will not be allowed; a reaction qualified as adequate
			new Cue.Family(
					"не (допустим|позволим|потерпим) (\\w+ ){0,3}(посягательств|вмешательств|агресси|нападени|провокаци)\\w*"
							+ "|(адекватн|жёстк|жестк|соразмерн|зеркальн)\\w* (\\w+ )?реагировани\\w*",
					"допустим", "позволим", "потерпим", "реагировани"),
			// round 12: a step of others called a mistake (LABELING.md, set 8: «все
			// ошибки наших врагов»); not one's own («были у нас ошибки»), nor a view
			// called wrong («это ошибка» of a saying)
			new Cue.Family(
					"(их|ваши|чужие) (\\w+ )?ошибк\\w*|ошибк\\w* (\\w+ ){0,2}(врагов|противников|запада|западных|европейцев"
							+ "|американцев|киева|киевского|нато|наших партн[её]ров)"
							+ "|(повторя|соверша|допуска)(ют|ли|ет|л) (\\w+ ){0,2}(те же |одни и те же |одну и ту же )ошибк\\w*",
					"ошибк"),
			// round 12: a step predicted to cost its authors (LABELING.md, set 8:
			// «забывают, чем это закончилось»)
			new Cue.Family(
					"забыва\\w*,? чем (это|всё|все|дело|они) (\\w+ )?(закончилось|кончилось|закончится|закончились)"
							+ "|(обернётся|обернется|обернутся|ударит|ударят) (\\w+ ){0,2}(против них|по ним же|по ним самим|по их же|по собственн\\w+)"
							+ "|(стреля\\w+|выстрел\\w*) себе в ногу|экономическ\\w+ самоубийств\\w*"
							+ "|(их|собственные) проблемы (\\w+ ){0,2}неизбежны",
					"забыва", "оберн", "ударит", "ударят", "себе в ногу", "самоубийств", "неизбежны"),
			// round 12: countermeasures and punishment threatened (LABELING.md, set
			// 7: «покарать этих преступников»); not instructions on domestic crime
			new Cue.Family(
					"покара(ть|ем|ют|ет|ны)\\b|(были|будут) наказаны (все )?те,? кто|не (уйд(ут|ёт|ет)|ушли) от (возмездия|наказания|ответственности)"
							+ "|неотвратим\\w* возмезди\\w*|не оставим (\\w+ ){0,5}без ответа"
							+ "|не (позволим|дадим|допустим) (никому|им|врагу|противнику|кому бы то ни было)"
							+ "|если (нас )?(вынуд|заставя)\\w*",
					"покара", "наказаны", "не уйд", "не ушли", "возмезди", "без ответа", "не позволим", "не дадим",
					"не допустим", "вынуд", "заставя"),
			// round 12: a military reinforcement against a neighbour's build-up, a
			// family of its own since «западн» alone is common
			new Cue.Family("усилени\\w* (\\w+ ){0,2}(западн|северо-западн)\\w* (границ|рубеж|направлени|флан)\\w*",
					"усилени"),
			// round 14 (LABELING.md "Round 14"): a step that hurts those who took it
			// («наносит ущерб и нам, и тем, кто эти санкции вводит»), recalled warnings
			// («вопреки нашим предупреждениям»), a line others must not cross («для нас
			// неприемлемо»), others' decisions called short-sighted
			new Cue.Family("(ущерб|вред)\\w* ([\\w,]+ ){0,5}(тем|тех|для тех),? кто", "ущерб", "вред"),
			// round 16: any verb of a cost turned on the authors («санкции ударили по
			// тем, кто их ввёл», «бьют по самим инициаторам»)
			new Cue.Family(
					"(удар|бь[её]т|бьют|отрази|отража|сказал(ись|ось|ся|ась)|сказыва|оберн|обора?чива|поврежд)\\w* (\\w+ ){0,3}"
							+ "(по|на|против) (тех|тем|тех самых|самих|самим|их)( (\\w+ )?(инициатор|автор|организатор)\\w*"
							+ "|,? кто (\\w+ ){0,2}(ввёл|ввел|ввели|ввод|введ|наложи|налага|инициир|придума|затея|навяза|развяза)\\w*)",
					"удар", "бьёт", "бьет", "бьют", "отрази", "отража", "сказались", "сказалось", "сказался",
					"сказалась", "сказыва", "оберн", "обора", "оборач", "поврежд"),
			// round 16: the other side's restrictions hitting the other side («санкции
			// ударили прежде всего по европейской экономике»)
			new Cue.Family(
					"(санкци|ограничени|эмбарго|потолок цен|потолк\\w+ цен)\\w* (\\w+ ){0,4}(ударил|ударили|ударят|ударит"
							+ "|бьют|бь[её]т|ударяют|сказал(ись|ось|ся|ась)|сказыва\\w+|отразил\\w*|отража\\w+) (\\w+ ){0,3}(по|на) (\\w+ )?(европ"
							+ "|запад|сша|американ|евросоюз|ес\\b)\\w*",
					"удар", "бьют", "бьёт", "бьет", "сказались", "сказалось", "сказался", "сказалась", "сказыва",
					"отразил", "отража"),
			// round 16: a worsening named for the other side («рост инфляции и
			// безработицы в США и Европе», «ухудшение экономических перспектив для
			// европейских стран», «снижение уровня жизни европейцев»)
			Cue.Family.gated("(рост|всплеск|скач(ок|ка|ком)|ускорени|разгон)\\w* (\\w+ ){0,2}(инфляци|безработиц)\\w*"
					+ RU_BEARER
					+ "|(ухудшени|снижени|падени|сокращени|обесценивани)\\w* (\\w+ ){0,2}(экономических перспектив|перспектив"
					+ "|уровня жизни|доходов|сбережений|конкурентоспособности)\\w*" + RU_BEARER, RU_SIDE, "инфляци",
					"безработиц", "перспектив", "уровня жизни", "доходов", "сбережени", "конкурентоспособн"),
			// round 16: the cost named as the price of the others' decisions («это цена
			// принятых решений», «расплата за их политику»)
			new Cue.Family(
					"(это|такова|вот) (и есть )?(\\w+ )?(цена|плата|расплата) (за )?(их|этих|тех|принятых|таких|собственных"
							+ "|своих)? ?(\\w+ )?(решени|политик|ошибк|просч[её]т|шаг|действи|санкци)\\w*",
					"цена", " плата", "расплата"),
			// round 16: a refusal by a duty or a negated right, another side as its
			// object and a hostile act as its verb («не должны позволить никому
			// вмешиваться в наши дела», «наш священный долг — не допустить реванша»); not
			// «не должны допустить задержек»
			Cue.Family
				.gated("не (должны|можем|имеем (\\w+ )?права|вправе) (\\w+ )?(позволить|допустить|дать) (никому|кому бы то ни было"
						+ "|им|другим|чужим|внешним силам|противнику|врагу) (\\w+ ){0,2}(вмешива|диктова|посяга|навязыва|угрожа"
						+ "|раскачива|расколо|разруш|переписыва|фальсифицир)\\w*"
						+ "|не (должны|можем|имеем (\\w+ )?права|вправе) (\\w+ )?(допустить|позволить) (\\w+ ){0,2}(реванш|вмешательств"
						+ "|посягательств|агресси|возрождени\\w* нацизм)\\w*"
						+ "|никому не (позволим|дадим|позволено|будет позволено) (\\w+ ){0,2}(вмешива|диктова|посяга|навязыва|угрожа"
						+ "|раскачива|расколо|разруш|переписыва|фальсифицир)\\w*"
						+ "|долг\\w* [^.;]{0,30}(не допустить|предотвратить|остановить) (\\w+ ){0,3}(реванш|возрождени|агресси"
						+ "|вмешательств|посягательств)\\w*",
						List.of("вмешива", "диктова", "посяга", "навязыва", "угрожа", "раскачива", "расколо", "разруш",
								"переписыва", "фальсифицир", "реванш", "вмешательств", "посягательств", "агресси",
								"возрождени"),
						"позволить", "допустить", "позволим", "дадим", "позволено", "предотвратить", "остановить"),
			// round 15: the other side said to understand what a step can lead to
			new Cue.Family("(понима|осозна)\\w*,? (к чему|чем) (это|всё это|все это) (может|могут|будет) (\\w+ )?"
					+ "(привести|обернуться|закончиться)", "привести", "обернуться", "закончиться"),
			// round 17: how such schemes ended, known to all («все знаем, чем это
			// закончилось»), beside «забывают, чем это закончилось»
			Cue.Family.gated("(знаем|знают|знает|помним|помнят|помнит|известно|забыли)[^.;?]{0,12}(чем|к чему)"
					+ " ((это|всё это|все это|такие \\w+|эти \\w+|подобные \\w+|они) (\\w+ ){0,2}(закончил|кончил|привел|привёл"
					+ "|обернул)\\w*|(закончил|кончил|привел|привёл|обернул)\\w* (это|такие|эти|подобные)\\b)",
					List.of("зна", "помн", "известно", "забыли"), "закончил", "кончил", "привел", "привёл", "обернул"),
			new Cue.Family("наш\\w* (\\w+,? (и )?){0,3}(предупреждения|предупреждений|предупреждениям\\w*)",
					"предупрежден"),
			new Cue.Family(
					"(любое|любые|любая|дальнейш\\w+) [^.;]{0,200}(для нас (\\w+ )?неприемлем\\w*|неприемлем\\w* для (нас|россии))",
					"неприемлем"),
			new Cue.Family("(их|\\w+их стран|запада|европы|киева) (\\w+ )?недальновидн\\w*"
					+ "|недальновидн\\w+ (\\w+ )?(решени|действи|шаг|политик)\\w* (запада|западных|европ\\w+|киев\\w*|сша|их)",
					"недальновид"),
			// round 18: the classic forms, as in English: outside interference or
			// pressure called unacceptable («любое внешнее вмешательство ...
			// недопустимо»)
			Cue.Family.gated("(внешн|иностранн|сторонн)\\w* (вмешательств|давлени|вмешиват)\\w*[^.;?]{0,160}"
					+ "(недопустим|неприемлем|контрпродуктивн)\\w*|вмешательств\\w* во внутренние (дела|процессы)"
					+ "[^.;?]{0,160}(недопустим|неприемлем|контрпродуктивн)\\w*",
					List.of("недопустим", "неприемлем", "контрпродуктивн"), "вмешательств", "давлени", "вмешиват"),
			// the right to respond reserved; a mirrored reply
			new Cue.Family("(оставляем|оставляет|оставит|оставим|оставляю|оставляла|оставлял) за собой право (на )?"
					+ "(\\w+ ){0,2}(ответ|ответн|зеркальн|адекватн|симметричн|асимметричн|аналогичн|соразмерн|реагир"
					+ "|контрмер)\\w*|зеркально (ответ|отве|реагир|отреагир)\\w*|(ответим|ответить|отвечать"
					+ "|отреагируем|реагировать) зеркально", "за собой право", "зеркально"),
			// a hostile aim declared futile («если кто-то думает, что сможет нас
			// запугать, он глубоко ошибается»)
			Cue.Family.gated(
					"если (кто-то|кто-нибудь|кто|они)\\b[^.;?]{3,200}(,|то) (\\w+ ){0,2}(глубоко |сильно"
							+ " |серь[её]зно |жестоко )?(ошибается|ошибаются|заблуждается|заблуждаются)",
					List.of("повлиять", "влияни", "запуга", "напуга", "давлени", "надави", "заставить", "сломить",
							"сломать", "ослабить", "расколоть", "раскачать", "дестабилиз", "шантаж", "изолир",
							"вмешива", "диктова", "навяза", "победить"),
					"ошиба", "заблужда"),
			// a classic formula told to the other side: no illusions
			new Cue.Family("(не должно быть|не стоит (строить|питать)|не надо (строить|питать)|не следует (строить"
					+ "|питать)) (никаких )?иллюзий|пусть (никто )?не (строит|питает|строят|питают) (никаких )?иллюзий",
					"иллюзий"),
			// the other side asked whether it expected no reply («думали, что ответа
			// не будет?»)
			new Cue.Family("(думал|думали|рассчитывал\\w*|полагал\\w*|надеял\\w*),? что (\\w+ ){0,3}(ответа"
					+ "|ответной реакции|последствий) не будет|(думал|думали|рассчитывал\\w*|полагал\\w*"
					+ "|надеял\\w*),? что (\\w+ ){0,2}не (будет|последует) (\\w+ )?(никакого |никаких )?(ответа"
					+ "|ответной реакции|последствий)", "не будет", "не последует"),
			// compliance on condition that the partners comply
			new Cue.Family("(будем|будет) (\\w+ ){0,2}(соблюдать|выполнять|исполнять|придерживаться)[^.;?]{0,80}"
					+ "(пока|до тех пор,? пока|если|при условии,? что) (\\w+ ){0,2}(наши )?(партн[её]ры|другая сторона"
					+ "|американская сторона|американцы) (\\w+ ){0,2}(соблюда|выполня|исполня|придержива|дела)\\w*",
					"партн", "сторона", "американцы"),
			// a step of the other side judged: «ваша ошибка в том, что», «почему они
			// были так недальновидны»
			new Cue.Family("(ваша|их) (\\w+ )?ошибка (состоит |заключается |была )?в том,? что"
					+ "|(почему|зачем) (они|вы|\\w+) (\\w+ )?(были |был |была )?так(ими)? (недальновидн|безрассудн"
					+ "|безответственн)\\w*", "ошибка", "недальновидн", "безрассудн", "безответственн"),
			// round 20: the cost of a split from Russia borne by those who split («в
			// результате этого отделения от российской энергосистемы цены ... выросли»),
			// and by their own people («их потребители за это платят»)
			new Cue.Family(
					"(в результате|из-за|вследствие|после) (\\S+ ){0,3}(отделения|выхода|отказа|отключения|разрыва)"
							+ " (\\S+ ){0,2}(от|из) (\\S+ ){0,2}(российск|наш|росси)\\S*[^.;?]{0,160}(выросл\\w*|подскочил\\w*"
							+ "|взлетел\\w*|платить (\\S+ ){0,4}больше|прекратил\\w* (свою )?работу)"
							+ "|(их|свои) (собственные )?(потребители|граждане|жители|налогоплательщики|избиратели)"
							+ " (\\S+ ){0,2}(платят|заплатят|расплачиваются|расплатятся|будут платить)",
					"выросл", "подскочил", "взлетел", "больше", "прекратил", "платят", "заплатят", "расплач", "расплат",
					"платить"),
			// no right to let it happen, the Russian of "we have no right to let this
			// happen" («этого мы не имеем права допустить»); not a mistake we may not
			// make
			new Cue.Family(
					"(этого|такого|подобного)[^.;?]{0,30}не (имеем|имеет) (\\S+ )?права (\\S+ ){0,2}(допустить|допускать"
							+ "|позволить)|не (имеем|имеет) (\\S+ )?права (\\S+ ){0,2}(допустить|допускать|позволить) (\\S+ ){0,2}(этого"
							+ "|такого|подобного)",
					"права")));

	private WarningCues() {
	}

}
