package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * The round-16 forms of the warning families, each beside a look-alike that must stay
 * silent: the cost of a policy spelled out for its authors however it is worded (any verb
 * of a cost on those who imposed it, their restrictions hitting their own economy, a
 * worsening named for the other side, "the price of the decisions", inflation or
 * migration predicted for Europe), not our own figures, our own people hit or a cost we
 * chose; and a refusal by duty or negated right with another side as its object and a
 * hostile act as its verb, not a domestic "we must not allow delays".
 */
class RoundSixteenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// any verb of a cost turned on the authors, in any tense of theirs
			"In the end the embargo struck those who had imposed it.",
			"These tariffs have already affected the countries that introduced them.",
			// the other side's restrictions hitting the other side
			"The embargo has hit the European economy harder than anyone expected.",
			// a worsening named for the other side
			"We see rising unemployment across the European Union and a gloomy outlook for the United States.",
			"The next step will be a plummeting standard of living among ordinary Europeans.",
			"Unemployment is going to accelerate in the autumn, hurting the western households most.",
			// the cost named as the price of others' decisions
			"That is the price of such reckless choices made in Brussels.",
			"European taxpayers are now paying a heavy price for these experiments.",
			// a cost predicted for the other side, by "could"
			"Their industrial losses from this embargo could reach a trillion euros, and the EU knows it.",
			"The next harvest failure will bring a new wave of refugees, primarily to the European states.",
			// a refusal by duty or negated right, another side and a hostile act
			"We have no right to let outsiders dictate the terms of our elections.",
			"Our first duty is to stop any resurgence of the militarism that burned our cities.",
			"No one will be allowed to dictate to this country how to live." })
	void findsEnglishWarningsOfRoundSixteen(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Эти пошлины в итоге ударили по тем, кто их придумал.",
			"Уже сейчас виден рост инфляции и безработицы в странах Евросоюза.", "Такова цена их опрометчивых решений.",
			"Мы не имеем права позволить никому вмешиваться в выборы нашей страны.",
			"Санкции ударили прежде всего по европейской экономике.", "Никому не позволим диктовать нам условия.",
			"Наш общий долг – не допустить возрождения нацизма." })
	void findsRussianWarningsOfRoundSixteen(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// a cost to those who suffered, not who imposed
			"The flood affected those who lived near the river.",
			// restrictions hitting our own people
			"The sanctions hit Russian farmers in the south.",
			// our own figures, not the other side's
			"Rising unemployment in the Kursk Region worries the governor.",
			"Unemployment will rise slightly in our northern towns this winter.",
			// a cost we chose
			"This is the cost of the decisions that we made to support families.",
			// a "could" denied
			"Those who took the keys damaged the lock so that the guards could not open it.",
			// a domestic refusal
			"We must not allow delays in paying the doctors' salaries.",
			"Our duty is to prevent forest fires in the coming summer.",
			"Nobody will be allowed to enter the stadium without a ticket." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Наводнение ударило по тем, кто живёт у реки.", "Рост инфляции в нашем регионе замедлился.",
					"Это цена билета на поезд.", "Мы не должны допустить задержек с выплатами врачам.",
					"Наш долг – предотвратить лесные пожары этим летом." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
