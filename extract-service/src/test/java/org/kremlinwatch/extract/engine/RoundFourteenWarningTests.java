package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * The round-14 warning families (LABELING.md "Round 14"), each beside the look-alikes
 * that must stay silent: another side's steps called mistakes or miscalculations (not
 * one's own, not mistakes learnt from or hoped for, not a standing policy named as a
 * cause), steps that hurt their own authors, threatened countermeasures (not replies to
 * letters, not prices we will not let rise), recalled warnings of our own (not warning
 * systems), and a line others must not cross (not a policy already in place).
 */
class RoundFourteenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// others' steps called mistakes or miscalculations
			"Washington keeps trying to hide its own miscalculations behind talk of a threat from the east.",
			"These are miscalculations that European capitals will be paying for.",
			"It was an error committed by the American regulators and nobody else.",
			"Our Western partners have made a lot of mistakes in the Balkans.",
			"Passengers felt the consequences of the wrong decisions by the European Commission.",
			// a round-12 look-alike that the round-14 relabel counts: others' own
			// mistakes, even when they blame us for them
			"They are trying to blame us for their own mistakes.",
			// a step that hurts its own authors
			"They are harming themselves by closing their markets.",
			"Restrictions of this kind hit those who impose them first of all.",
			"Brussels is creating these problems with its own hands.",
			// threatened countermeasures
			"We will not let that happen.", "We simply cannot allow such a scenario.", "Russia will act accordingly.",
			"We cannot help but respond to these provocations.",
			// recalled warnings, a line not to be crossed
			"Despite all our warnings, the alliance moved its bases closer.",
			"Any further deployment of such missiles near our borders is unacceptable for us." })
	void findsEnglishWarningsOfRoundFourteen(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Эти санкции наносят вред прежде всего тем, кто их вводит.",
			"Вопреки нашим предупреждениям, инфраструктура альянса приблизилась к границам.",
			"Любое дальнейшее продвижение альянса на восток для нас неприемлемо.",
			"Мы добьёмся, чтобы те, кто обстреливал мирные города, не ушли от ответственности.",
			"Недальновидные действия Запада лишь усугубили ситуацию." })
	void findsRussianWarningsOfRoundFourteen(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// one's own mistakes, mistakes learnt from or hoped for
			"We have made a lot of mistakes in housing policy.", "Young officials can learn from their mistakes.",
			"We should not hope for their mistakes.",
			// a standing policy named as a cause, a story recalled
			"Their erroneous economic policies caused inflation.", "We all know how that story ended.",
			// no step of another side: replies, prices, technology
			"We will respond to these letters from citizens.", "We cannot let prices rise any further.",
			"Our early warning systems are being modernised.",
			// a policy in place, not a line ahead
			"The expansion of the 1990s, which is unacceptable to Russia, led to this crisis." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Системы предупреждения чрезвычайных ситуаций в нашем регионе обновлены.",
			"Такие цены для нас неприемлемы.", "Было бы недальновидно отказываться от этого проекта.",
			"Мы обсудили, какой вред наносит курение здоровью." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
