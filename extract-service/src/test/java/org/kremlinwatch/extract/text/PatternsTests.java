package org.kremlinwatch.extract.text;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The literals that let the engine skip a rule's regular expression must be in every
 * match, or a sentence would lose its evidence.
 */
class PatternsTests {

	@Test
	void findsTheLiteralEveryMatchContainsEvenAfterAnOptionalStart() {
		assertThat(Patterns.needles("(контр)?санкци(я|и|й|ю|ей|ям|ями|ях)")).containsExactly("санкци");
		assertThat(Patterns.needles("sanctions?")).containsExactly("sanction");
		assertThat(Patterns.needles("(join|joining|accession to) (the )?(NATO|North Atlantic Alliance)"))
			.containsExactly("join", "joining", "accession to");
		assertThat(Patterns.needles("embargo(es)?|restrictive measures")).containsExactly("embargo",
				"restrictive measures");
	}

	@Test
	void givesNoLiteralWhenAnAlternativeHasNone() {
		assertThat(Patterns.needles("\\w+ talks|summit")).containsExactly(" talks", "summit");
		assertThat(Patterns.needles("\\w+|summit")).isNull();
		assertThat(Patterns.needles("[Аа]с|(x)?")).isNull();
		// an inline-flag group keeps its case, which lower-cased needles could not
		assertThat(Patterns.needles("(?<=\\w )(?-iu:Газ[аеуы]?)")).isNull();
		assertThat(Patterns.needles("сектор\\w* (?-iu:Газ)")).containsExactly("сектор");
	}

	@Test
	void everyMatchContainsOneOfTheNeedles() {
		String regex = "(вступлени\\w+|принят\\w+) (\\w+ ){0,2}в (НАТО|Североатлантическ\\w+ альянс)";
		Pattern pattern = Patterns.words(regex);
		String sentence = "Речь шла о вступлении Финляндии в Североатлантический альянс.";
		assertThat(pattern.matcher(sentence).find()).isTrue();
		assertThat(Patterns.needles(regex)).anyMatch(sentence::contains);
	}

	@Test
	void splitsTopLevelAlternativesOnly() {
		assertThat(Patterns.alternatives("a|(b|c)d|[|)]e\\|f")).containsExactly("a", "(b|c)d", "[|)]e\\|f");
		assertThat(Patterns.alternatives("talks")).containsExactly("talks");
	}

	@Test
	void anchorsMayBeOneLetterWhenAsked() {
		assertThat(Patterns.anchors("В\\s?Путин\\w*|Путин\\w*")).isNull();
		assertThat(Patterns.anchors("В\\s?Путин\\w*|Путин\\w*", 1)).containsExactly("В", "Путин");
	}

	@Test
	void anchorsSpellOutSmallClassesOptionalLettersAndEscapedPunctuation() {
		assertThat(Patterns.anchors("F[eé]lix Tshisekedi|Tshisekedi")).containsExactly("Felix Tshisekedi",
				"Félix Tshisekedi", "Tshisekedi");
		assertThat(Patterns.anchors("Moh?amm?ed bin Zayed( Al Nahyan)?")).containsExactlyInAnyOrder("Moamed bin Zayed",
				"Moammed bin Zayed", "Mohamed bin Zayed", "Mohammed bin Zayed");
		assertThat(Patterns.anchors("В\\.\\s?В\\.\\s?Путин\\w*|U\\.S\\.")).containsExactly("В.", "U.S.");
		// a repeated letter ends the start; so do ranges and classes of many spellings
		assertThat(Patterns.anchors("Aa+rgh|[A-Z]x", 1)).isNull();
		assertThat(Patterns.anchors("Aa+rgh|Q[abcdefghi]x", 1)).containsExactly("Aa", "Q");
	}

	@Test
	void everyMatchStartsWithOneOfTheAnchors() {
		String regex = "Moh?amm?ed bin Zayed|F[eé]lix Tshisekedi|В\\.\\s?В\\.\\s?Путин\\w*|Aa+rgh";
		List<String> anchors = Patterns.anchors(regex, 1);
		for (String name : new String[] { "Mohamed bin Zayed", "Moammed bin Zayed", "Félix Tshisekedi", "В. В. Путина",
				"В.В.Путин", "Aaaargh" }) {
			assertThat(Patterns.names(regex).matcher(name).matches()).as(name).isTrue();
			assertThat(anchors).as(name).anyMatch(name::startsWith);
		}
	}

	@Test
	void requiresEveryLiteralRunAndGroupOfASingleAlternative() {
		assertThat(Patterns.requiredNeedles("(bans?|restrictions|embargo)( imposed)? (on|against) (Russian|Russia)"))
			.containsExactly(List.of("ban", "restrictions", "embargo"), List.of("on", "against"),
					List.of("Russian", "Russia"));
		// Alternatives at the top: one group, as needles gives it.
		assertThat(Patterns.requiredNeedles("New START|START Treaty|INF( Treaty)?"))
			.containsExactly(List.of("New START", "START Treaty", "INF"));
		assertThat(Patterns.requiredNeedles("\\w+|summit")).isEmpty();
		assertThat(Patterns.requiredNeedles("(контр)?санкци\\w*")).containsExactly(List.of("санкци"));
	}

	@Test
	void aRuleInAnyCaseRunsLowerCasedOnLowerCasedTextAsItDoesCaseInsensitively() {
		String rule = "(NATO|Североатлантическ\\w+ альянс\\w*)\\W+\\S+ (expansion|расширени\\w+)";
		Pattern lower = Patterns.lowerCaseWordsOf(rule);
		assertThat(lower.pattern()).contains("(nato|североатлантическ\\w+ альянс\\w*)\\W+\\S+");
		for (String text : new String[] { "NATO's further expansion", "Североатлантического альянса, её расширение",
				"NATO expansion", "Nato - eastward expansion" }) {
			assertThat(lower.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()).as(text)
				.isEqualTo(Patterns.words(rule).matcher(text).find());
		}
	}

	@Test
	void refusesToLowerCaseWhatLowerCasingWouldChange() {
		assertThat(Patterns.lowerCaseWordsOf("\\p{Lu}\\w+ talks")).isNull();
		assertThat(Patterns.lowerCaseWordsOf("\\QNATO\\E")).isNull();
		assertThat(Patterns.lowerCaseWordsOf("\\u0041BM")).isNull();
		assertThat(Patterns.lowerCaseWordsOf("(?-i)US")).isNull();
		assertThat(Patterns.lowerCaseWordsOf("\\p{L}+ START")).isNotNull();
	}

}
