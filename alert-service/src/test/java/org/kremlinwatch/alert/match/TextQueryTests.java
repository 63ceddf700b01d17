package org.kremlinwatch.alert.match;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextQueryTests {

	private static final String RU = "Российско-американские переговоры пройдут в Женеве 9–10 января.";

	private static final String EN = "Talks will be held in Geneva on January 9–10.";

	@Test
	void matchesEitherSideOfOrAndTellsWhichTerm() {
		TextQuery query = TextQuery.parse("Geneva OR Женев*");

		assertThat(matches(query, EN)).isTrue();
		assertThat(query.matchedTerms(TextAnalysis.terms(EN))).containsExactly("geneva");
		assertThat(matches(query, RU)).isTrue();
		assertThat(query.matchedTerms(TextAnalysis.terms(RU))).containsExactly("женев*");
		assertThat(matches(query, "Talks in Brussels")).isFalse();
	}

	@Test
	void needsBothSidesOfAndAndNoneOfNot() {
		assertThat(matches(TextQuery.parse("geneva AND january"), EN)).isTrue();
		assertThat(matches(TextQuery.parse("geneva AND brussels"), EN)).isFalse();
		assertThat(matches(TextQuery.parse("(Geneva OR Brussels) AND NOT Vienna"), EN)).isTrue();
		assertThat(matches(TextQuery.parse("Geneva -January"), EN)).isFalse();
	}

	@Test
	void treatsTermsSideBySideAsOr() {
		TextQuery query = TextQuery.parse("Brussels Geneva");

		assertThat(matches(query, EN)).isTrue();
		assertThat(query.matchedTerms(TextAnalysis.terms(EN))).containsExactly("geneva");
	}

	@Test
	void matchesPhrasesAndWholeWordsOnly() {
		assertThat(matches(TextQuery.parse("\"held in Geneva\""), EN)).isTrue();
		assertThat(matches(TextQuery.parse("\"Geneva held\""), EN)).isFalse();
		assertThat(matches(TextQuery.parse("Gene"), EN)).isFalse();
		assertThat(matches(TextQuery.parse("GENE*"), EN)).isTrue();
	}

	@Test
	void readsAWordTheTokenizerSplitsAsAPhrase() {
		assertThat(matches(TextQuery.parse("Российско-американские"), RU)).isTrue();
		assertThat(matches(TextQuery.parse("американские-российско"), RU)).isFalse();
	}

	@Test
	void treatsYoAndYeAsOneLetterAlsoInPrefixes() {
		assertThat(matches(TextQuery.parse("объединённых"), "Организация Объединенных Наций")).isTrue();
		assertThat(matches(TextQuery.parse("объединён*"), "Организация Объединенных Наций")).isTrue();
	}

	@Test
	void refusesFieldsBrokenSyntaxAndQueriesWithoutTerms() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("title:Geneva"))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("Geneva OR"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("(Geneva"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("*Geneva"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("—"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("   "));
	}

	private static boolean matches(TextQuery query, String text) {
		return TextAnalysis.index(text).search(query.query()) > 0.0f;
	}

}
