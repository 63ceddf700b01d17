package org.kremlinwatch.alert.match;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TextQueryTests {

	private static final List<String> RU = TextQuery.words("Переговоры пройдут в Женеве 9–10 января.");

	private static final List<String> EN = TextQuery.words("Talks will be held in Geneva on January 9–10.");

	@Test
	void matchesEitherSideOfOr() {
		TextQuery query = TextQuery.parse("Geneva OR Женев*");

		assertThat(query.matchedTerms(EN)).containsExactly("geneva");
		assertThat(query.matchedTerms(RU)).containsExactly("женев*");
		assertThat(query.matchedTerms(TextQuery.words("Talks in Brussels"))).isEmpty();
	}

	@Test
	void needsBothSidesOfAnd() {
		TextQuery query = TextQuery.parse("geneva AND january");

		assertThat(query.matchedTerms(EN)).containsExactly("geneva", "january");
		assertThat(TextQuery.parse("geneva AND brussels").matchedTerms(EN)).isEmpty();
	}

	@Test
	void bindsAndTighterThanOr() {
		TextQuery query = TextQuery.parse("brussels AND summit OR geneva");

		assertThat(query.matchedTerms(EN)).containsExactly("geneva");
	}

	@Test
	void treatsTermsSideBySideAsOr() {
		assertThat(TextQuery.parse("Brussels Geneva").matchedTerms(EN)).containsExactly("geneva");
	}

	@Test
	void matchesPhrasesAndWholeWordsOnly() {
		assertThat(TextQuery.parse("\"held in Geneva\"").matchedTerms(EN)).isNotEmpty();
		assertThat(TextQuery.parse("\"Geneva held\"").matchedTerms(EN)).isEmpty();
		assertThat(TextQuery.parse("Gene").matchedTerms(EN)).isEmpty();
		assertThat(TextQuery.parse("GENE*").matchedTerms(EN)).isNotEmpty();
	}

	@Test
	void treatsYoAndYeAsOneLetter() {
		assertThat(TextQuery.parse("объединённых").matchedTerms(TextQuery.words("Организация Объединенных Наций")))
			.isNotEmpty();
	}

	@Test
	void refusesSyntaxOutsideTheSubset() {
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("title:Geneva"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("(Geneva OR Brussels)"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("Geneva NOT Brussels"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("-Geneva"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("Geneva OR"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("Ge*va"));
		assertThatIllegalArgumentException().isThrownBy(() -> TextQuery.parse("   "));
	}

}
