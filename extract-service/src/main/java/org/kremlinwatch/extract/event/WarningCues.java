package org.kremlinwatch.extract.event;

import org.kremlinwatch.extract.text.Patterns;

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

	static final Cue EN = new Cue(Patterns.words(String.join("|",
			// a verb of warning (the noun "warning" mostly names technology or past talk)
			"warn(s|ed)?|warning (that|against|about)|caution(s|ed|ing)? against",
			// a step called a mistake or a red line; not "it would be a mistake to
			// assume"
			"(grave|serious|fatal) (mistake|error)s?|wake-?up call"
					+ "|(would|will) be an? (big|huge|major|colossal|terrible|dangerous|strategic) (mistake|error)"
					+ "|(would|will) be (a )?(wrong|mistake)(?! to (assume|think|believe|say|expect|deviate|ignore))"
					+ "|(is|are|be|was|as) (a|the|our) red lines?|cross(es|ed|ing)? (a|the|our|any|these) red lines?",
			// grave consequences or effects ahead (a modal or "fraught with" before them)
			"(will|would|could|may|might|shall|fraught with|face|faces|facing|entail|entails)"
					+ " ((?!(reduc|mitigat|minimi|avoid|prevent|offset|allevia|overcom))\\w+ ){0,4}" + EN_GRAVE
					+ " ((\\w+, ){1,3}(\\w+ )?(and \\w+ )?|(and \\w+ )?)(consequences|effect|impact)|the consequences (\\w+ ){0,2}clear"
					+ "|(will|would|may|could) (\\w+ ){0,2}be (\\w+ )?painful|will inevitably (affect|hit)",
			// a response promised in a manner, or claimed as a right
			"(will|would|shall|forced to) (\\w+ ){0,2}(respond|retaliate|react)( to (it|this|that|them|such \\w+))?"
					+ " (immediately|appropriately|adequately|accordingly|symmetrically|asymmetrically|harshly|firmly"
					+ "|decisively|swiftly|resolutely|in kind|in an? (\\w+ )?(fitting|mirror|symmetric|tough|harsh"
					+ "|appropriate|adequate) (manner|way|fashion))"
					+ "|(will|shall|would) not (go|remain|be left) unanswered|(will|would) be (forced|compelled) to (take|respond|retaliate|deploy|create|use|act)"
					+ "|(be|stay|remain|is|are) (\\w+ )?(ready|prepared) to (respond|retaliate|repel|strike|deliver)"
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
					+ "|military-technical (measures|response)|(adequate|appropriate|resolute|proportionate|fitting)"
					+ " (and \\w+ )?(response|retaliatory)"
					+ "|(would|will) only (result in|lead to) (additional|further|more|greater|new|an escalation)",
			// responsibility for what follows put on the other side
			"responsibility for [^.;]{0,80}(will|would|shall) (\\w+ )?(lie|rest|be borne)",
			// an act declared to count as joining the conflict; weapons to be used
			"(consider|regard|view|treat|deem) (\\w+ ){0,5}(as )?(participation|participants?) in"
					+ "|(consider|regard|view|treat|deem) (\\w+ ){0,5}as (a (direct )?(threat|hostile act)|an act of|an attack|terrorists|legitimate (military )?targets?"
					+ "|a declaration)|(treat|regard|consider)(ed|s|ing)? (\\w+ ){0,3}as (terrorists|legitimate (military )?targets?)"
					+ "|(will|would) (\\w+ ){0,2}use (them|it|these \\w+|nuclear weapons|force) if necessary",
			// a response promised with its manner named before it, or said to be coming
			"(will|would|shall) (\\w+ ){0,2}(provide|give|deliver|offer|find|make) (a|an) (\\w+ )?" + EN_MANNER
					+ " (\\w+ )?(response|reply|answer|rebuff)"
					+ "|(our|russia's|russian|the|a|an|my|their|its) (\\w+ )?(response|retaliation|reply|answer)"
					+ " (will|would|shall) (\\w+ ){0,2}be (\\w+ )?" + EN_MANNER
					+ "|(will|would|shall) (\\w+ ){0,2}use,? if (need be|necessary|needed|required)"
					+ "|(actions?|strikes?|attacks?|blows?) (\\w+ ){0,4}(at|on|against) (the )?decision-making cent(re|er)s",
			// a price to be paid, or a conflict others will be drawn into
			"will cost (\\w+ ){1,2}dearly|(will|would|shall) (\\w+ ){0,2}pay (dearly|(a|the) (heavy|high|steep|full) price)"
					+ "|(will|would) suffer (equally|(even |much |far )?more|the consequences)"
					+ "|(drawn|dragged|pulled) into (a|an|the|this|that|any) (\\w+ ){0,3}(conflict|war|confrontation|hostilities)"
					+ "|fraught with (\\w+ ){0,3}(confrontation|conflict|war|escalation|catastrophe|disaster|danger)"
					+ "|(with )?all (the )?ensuing consequences|(is|are) making (a|an) (\\w+ )?(mistake|error|blunder)"
					+ "|(colossal|catastrophic|irreparable) (mistake|error|blunder)s?"
					+ "|(if|once|should) (they|you|anyone|someone|\\w+) (\\w+ )?cross(es)? (these|those|this|that|the|our|any) (red )?lines?",
			// consequences or punishment said to be inevitable, threats turned back on
			// their
			// authors, a conditional "otherwise"
			"(will|would|shall) (\\w+ ){0,2}face (\\w+ ){0,3}consequences|consequences (\\w+ ){0,8}(is|are) inevitable"
					+ "|punishment (\\w+ ){0,4}(will|shall) (\\w+ ){0,2}(follow|be (inevitable|imposed|meted out))"
					+ "|threats? (against|to|for) themselves" + "|otherwise, (we|russia|they|you) (will|would|shall)",
			// the other side told to take note of a threat; an encroachment that will not
			// be
			// allowed
			"let (them|our partners|everyone|anyone|the west|our (\\w+ )?colleagues) (\\w+ ){0,2}(know|think|understand"
					+ "|realise|realize)\\b[^.;]{0,80}\\b(unacceptable|response|consequences|retaliat\\w*|red lines?|price)"
					+ "|(we|russia) (will|shall) (not|never) (allow|tolerate|permit) (\\w+ ){0,3}(encroachment|interference"
					+ "|aggression|attacks?|provocations?)")),
			"warn", "caution", "mistake", "error", "unanswered", "forced", "compelled", "repel", "strike", "deliver",
			"if need", "if needed", "if required", "need arises", "take appropriate", "take adequate",
			"take retaliatory", "take necessary", "take countermeasures", "take response", "similar", "mirror",
			"comparable", "adequate", "threaten", "terrorists", "target", "red line", "wrong", "wake", "consequences",
			"serious", "grave", "dire", "severe", "ominous", "disastrous", "catastrophic", "unpredictable",
			"irreversible", "negative", "dramatic", "painful", "inevitably", "respon", "retaliat", "react",
			"military-technical", "result in", "lead to", "consider", "regard", "view", "treat", "deem", "if necessary",
			"reply", "answer", "rebuff", "decision-making", "dearly", "price", "suffer", "drawn", "dragged", "pulled",
			"fraught", "ensuing", "blunder", "cross", "face", "inevitable", "punishment", "themselves", "otherwise",
			"let them", "let our", "let everyone", "let anyone", "let the west", "not allow", "never allow",
			"not tolerate", "never tolerate", "not permit", "never permit");

	/**
	 * How a promised response is qualified: «достойный ответ», «ответ будет
	 * асимметричным».
	 */
	private static final String RU_MANNER = "(достойн|адекватн|жёстк|жестк|должн|соответствующ|асимметричн|симметричн|зеркальн"
			+ "|решительн|сокрушительн|незамедлительн|молниеносн|мгновенн|соразмерн|военн)";

	static final Cue RU = new Cue(Patterns.words(String.join("|",
			// a verb of warning (the noun «предупреждение» is also prevention of
			// emergencies)
			"(?<!не )предупре(дил|дила|дили|ждал|ждала|ждали|ждает|ждают|ждаем)|предостер(ёг|ег|егла|егли|егает|егают)",
			// a step called a mistake or a red line
			"(серь[её]зн|грубейш|грубой|грубая|роков|фатальн)\\w* ошибк\\w*|было бы ошибк\\w*"
					+ "|(это|будет|стал\\w*|стан\\w*|являются|является) (\\w+ ){0,2}красн\\w+ (черт\\w+|лини\\w+)"
					+ "|(пересеч|переход|перейти|перешагн)\\w* (\\w+ )?красн\\w+ (черт\\w+|лини\\w+)",
			// grave consequences ahead
			"(будут|будет|может|могут|чревато|чреваты|грозит|грозят|приведёт|приведет|повлечёт|повлечет) (\\w+ ){0,4}"
					+ "(серь[её]зн|тяж[её]л|тяжелейш|катастрофическ|непредсказуем|необратим|негативн|печальн|плачевн"
					+ "|разрушительн)\\w* (\\w+ )?(последстви\\w*|влияни\\w*)|последстви\\w* (будут|могут быть|окажутся)"
					+ "|болезненн\\w+ (для|последстви\\w*)|бумеранг\\w*",
			// a response promised
			"(?<!комплекс )ответн\\w+ (мер\\w*|шаг\\w*|удар\\w*|действи\\w*)|ответ будет|(ответим|будем отвечать)"
					+ "|готов\\w* (\\w+ ){0,2}к (\\w+ )?(ответ\\w*|ответн\\w+|отпор\\w*)|немедленн\\w+ ответ\\w*"
					+ "|ответ\\w* в полном объ[её]м\\w*|будем вынужден\\w*"
					+ "|если [^.;?]{3,120}(ответим|примем (ответные|адекватные|зеркальные) меры)"
					+ "|(будем|будут|будет) вынужден\\w* (ответить|принять|реагировать)"
					+ "|вынужден\\w* (будем|будут|будет) (ответить|принять|реагировать)"
					+ "|не остан\\w+ без ответа|(зеркальн|симметричн|асимметричн|адекватн|соразмерн)\\w+ (и \\w+ )?(ответ\\w*|мер\\w*)"
					+ "|военно-техническ\\w+ (мер\\w*|ответ\\w*)",
			// responsibility for what follows put on the other side
			"ответственность за [^.;]{0,80}(ляжет|будет лежать|лежит)",
			// an act declared to count as joining the conflict
			"(относ|отнес|обращ)\\w+ (\\w+ ){0,3}как к (террорист\\w*|преступник\\w*|законн\\w+ цел\\w*|легитимн\\w+ цел\\w*)"
					+ "|(рассматрива|расценива|воспринима|счита)\\w* (\\w+ ){0,5}как (законн|легитимн)\\w+ цел\\w*"
					+ "|(рассматрива|расценива|воспринима|счита)\\w* (\\w+ ){0,5}(как )?(участи\\w* в|участник\\w*|враждебн\\w*"
					+ "|акт\\w* агрессии|нападени\\w*|объявлени\\w* войны)",
			// a response promised with its manner named, or said to be coming
			"(дадим|дать|дадут|даст|получит|получат|последует|будет дан|найд\\w+) (\\w+ ){0,2}" + RU_MANNER
					+ "\\w* (\\w+ )?(ответ|отпор)\\w*"
					+ "|(ответ|реакци)\\w* (\\w+ ){0,2}(будет|последует|окажется) (\\w+ )?" + RU_MANNER
					+ "|примен\\w+ (\\w+ ){0,4}(при|в случае) необходимости|(при|в случае) необходимости (\\w+ ){0,3}примен\\w+"
					+ "|(удар\\w*|действи\\w*) (\\w+ ){0,4}по (\\w+ )?центрам принятия решений",
			// a price to be paid, or a conflict others will be drawn into
			"дорого (обойд|обойт|заплат|поплат)\\w*|(заплат|поплат)\\w* (\\w+ ){0,2}(дорого|высокую цену|сполна)"
					+ "|пожале(ют|ет|ете)\\b|(втян|втяг|вовлеч|вовлек)\\w* в (\\w+ ){0,2}(конфликт|войн|противостояни|конфронтаци)\\w*"
					+ "|чреват\\w* (\\w+ ){0,3}(конфронтаци|конфликт|войн|столкновени|эскалаци|катастроф)\\w*"
					+ "|со всеми (вытекающими|из этого вытекающими) (\\w+ )?последствиями"
					+ "|(колоссальн|непоправим)\\w* ошибк\\w*|(соверша|делают|делает)\\w* (\\w+ ){0,2}ошибк\\w*",
			// a reaction promised, punishment said to be inevitable, a course called
			// mistaken
			"(будем|будут|будет) (\\w+ )?(реагировать|отвечать)"
					+ "|наказани\\w* (\\w+ ){0,4}(неизбежно|неотвратимо|непременно) (\\w+ )?последу\\w+|неотвратимост\\w* наказани\\w* (\\w+ ){0,2}будет обеспечен\\w*"
					+ ""
					+ "|было бы (\\w+ и )?ошибочн\\w*|в противном случае (мы|Россия) (\\w+ )?(будем|будет|примем|ответим)",
			// an encroachment that will not be allowed; a reaction qualified as adequate
			"не (допустим|позволим|потерпим) (\\w+ ){0,3}(посягательств|вмешательств|агресси|нападени|провокаци)\\w*"
					+ "|(адекватн|жёстк|жестк|соразмерн|зеркальн)\\w* (\\w+ )?реагировани\\w*")),
			"предупре", "предостер", "ошибк", "красн", "последстви", "влияни", "болезненн", "бумеранг", "ответ",
			"отвеча", "вынужден", "зеркальн", "симметричн", "адекватн", "соразмерн", "военно-техническ", "рассматрива",
			"расценива", "воспринима", "счита", "отпор", "террорист", "преступник", "законн", "легитимн", "реакци",
			"примен", "центрам", "дорого", "заплат", "поплат", "пожале", "втян", "втяг", "вовлеч", "вовлек", "чреват",
			"реагировать", "наказани", "ошибочн", "в противном случае", "допустим", "позволим", "потерпим",
			"реагировани");

	private WarningCues() {
	}

}
