package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.kremlinwatch.extract.engine.RuleSentences.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round-12 warning families on hand-written sentences in both languages, each with
 * look-alikes that must not fire (LABELING.md: concerns, demands, statements of
 * principle, domestic instructions, one's own past mistakes and "in response to" domestic
 * work are not warnings; the set 7 and set 8 conventions say what is).
 */
class RoundTwelveWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// others' steps called mistakes
			"This is a hasty decision, a mistake.", "Brussels keeps making the same mistakes.",
			"They made these mistakes on their own and now look for culprits.",
			"The shortage is the outcome of the European Commission's mistakes in the grain market.",
			// a step predicted to cost its authors
			"Those who shut their markets to us will regret it.", "Their own problems with prices will be inevitable.",
			"The embargo will backfire on the countries that imposed it.",
			"Such restrictions will only lead to higher prices in those very countries.",
			"Some seem to have forgotten how all this ended two centuries ago.",
			// countermeasures threatened
			"We will certainly not leave these hostile acts unanswered.",
			"Russia will not allow anyone to threaten its citizens across the border.",
			"If we are forced to, we will close the airspace to their carriers.",
			"We are strengthening our north-western borders as their forces gather there.",
			"Additional units were sent in response to what NATO is doing near the border." })
	void findsEnglishWarningsOfTheRoundTwelveFamilies(String sentence) {
		assertThat(warnings(Lang.en, sentence)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// one's own mistakes, a view called wrong, blame-shifting, learning from
			// others
			"We made mistakes in the early years of the reform, I admit it.",
			"It was a mistake on our part to delay the road works.",
			"It is a mistake to think that the harvest will be late.",
			"Students learn from their mistakes in the laboratory.",
			// (round 14: "blame us for their own mistakes" became a warning under
			// LABELING.md "Round 14" and is asserted in RoundFourteenWarningTests)
			// no cost to anyone: an invitation, a domestic forecast
			"Come and visit the new museum, you will not regret it.",
			"Drought will lead to higher prices for vegetables this autumn.",
			// domestic instructions and concerns, not threats
			"We will not allow prices for bread to rise before the holidays.",
			"The ministry will not let the project fall behind schedule.",
			"Regional budgets were increased in response to the growing demand for school places.",
			"The western border crossings will be open around the clock for lorries.",
			"Otherwise, we will not be able to finish the bridge on time.",
			"Developments fraught with escalation led the country to ask for help.",
			"Acting together, we must develop adequate response measures to cyber threats." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// чужие шаги названы ошибками
			"Все ошибки наших противников начинались с недооценки нашего народа.", "Они повторяют одни и те же ошибки.",
			// шаг обойдётся его авторам
			"Некоторые забывают, чем это закончилось в прошлый раз.", "Эти запреты обернутся против них самих.",
			"Для Европы это экономическое самоубийство.",
			// возмездие и ответные меры
			"Мы сделаем всё, чтобы покарать виновных в обстреле.",
			"Нужно, чтобы были наказаны те, кто оскверняет могилы наших солдат.",
			"Мы не оставим эти недружественные шаги без ответа.", "Мы не позволим никому угрожать нашим гражданам.",
			"Если нас вынудят, мы закроем для них порты.", "Генштаб готовит план усиления западных границ страны." })
	void findsRussianWarningsOfTheRoundTwelveFamilies(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// свои ошибки, мнение названо неверным
			"Были у нас ошибки в первые годы программы.", "Это ошибка, так думали раньше.",
			"Мы учимся на своих ошибках.",
			// внутренние поручения и заботы
			"Не допустим роста цен на хлеб перед праздниками.", "Мы не забываем, чем закончилась прошлая посевная.",
			"Западные районы области получат новые школьные автобусы.",
			"В ответ на обращения жителей построят новую поликлинику." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
