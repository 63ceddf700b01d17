package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round-13 warning family, by meaning rather than phrase: one clause naming the other
 * side or a step's authors, a consequence or judgement for them, and a prediction or
 * evaluation. Each kind of look-alike LABELING.md rules out must stay silent: harm to
 * Russia described, one's own mistakes, concerns, statements of principle, problems to be
 * discussed, a forecast denied, and pronouns that stand for things, not people.
 */
class RoundThirteenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = { "Those who close their skies will end up with empty airports and heavy losses.",
			"Europe will pay for this decision with years of stagnation and the damage will be long-lasting.",
			"Such sanctions will hurt them more than anyone else.",
			"Kiev's backers will sooner or later suffer from this adventure.",
			"The West is repeating its blunders, and its decision to seize the assets is a mistake." })
	void findsEnglishStepsJudgedOrPredictedToCostTheirAuthors(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Те, кто ввёл эти ограничения, неизбежно понесут потери.",
			"Западные страны сами себе наносят ущерб, и это будет только нарастать.", "Их решение является ошибкой.",
			"Для Европы это обернётся ростом цен и потерей рынков." })
	void findsRussianStepsJudgedOrPredictedToCostTheirAuthors(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// harm to Russia described or intended
			"The sanctions imposed by the West have caused damage to our economy.",
			"The West will try to hurt Russian exporters with new tariffs.",
			// one's own mistakes, a concern, a statement of principle
			"We made mistakes in the early years, and they will cost us a lot.",
			"We are concerned that the conflict will cause them enormous losses.",
			"Trade wars cannot be won, and they only lead to losses for everyone.",
			// problems to be discussed, a forecast denied, a pronoun for things
			"European leaders will discuss the problems of migration next week.",
			"The closure of some shops does not mean that they will have problems buying clothes.",
			"The old rules were far from perfect; they were a mistake of their time.",
			"If large economies keep buying up the grain and take them home, problems will accrue." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// harm to Russia, own mistakes, a concern
			"Западные санкции будут и дальше наносить ущерб нашей экономике.", "Были у нас ошибки, мы их признаём.",
			"Мы обеспокоены тем, что они понесут большие потери.",
			// a count and a pronoun for the problems themselves, not people
			"Когда их больше десяти, это будет неправильно.", "При всех проблемах, они были и будут, эти проблемы." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
