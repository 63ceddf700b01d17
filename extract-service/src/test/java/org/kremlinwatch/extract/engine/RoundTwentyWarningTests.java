package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * Round 20: warnings of the kinds the long transcripts read whole held beyond the earlier
 * cues (eval/long20-design.yml): a step that has already backfired, troubles of the other
 * side's own making, a neighbour not to be made a bridgehead, trust in the other side's
 * money ruined, counter-restrictions to come, our teeth shown; in Russian the cost of a
 * split from Russia and a people that pays for it. Each with the look-alike that stays
 * silent.
 */
class RoundTwentyWarningTests {

	@Test
	void aStepThatHasAlreadyBackfiredIsAWarning() {
		isAWarning(Lang.en, "These sanctions have backfired on Europe, where fuel prices have soared.");
		isSilent(Lang.en, "Some say their sanctions have backfired on us, but we adapted.");
	}

	@Test
	void troublesOfTheOtherSidesOwnMakingAreAWarning() {
		isAWarning(Lang.en, "Washington should first deal with the problems of its own making.");
		isSilent(Lang.en, "We have solved the problems of our own making.");
	}

	@Test
	void aNeighbourNotToBeMadeABridgeheadIsAWarning() {
		isAWarning(Lang.en, "We will never let our neighbour become a springboard for attacks on Russia.");
		isSilent(Lang.en, "The port will become a springboard for regional growth.");
	}

	@Test
	void trustInTheOtherSidesMoneyRuinedIsAWarningButNotTrustInOurs() {
		isAWarning(Lang.en, "By freezing our reserves, the West has undermined trust in its own currencies.");
		isSilent(Lang.en, "Speculators undermined confidence in our national currency last year.");
	}

	@Test
	void counterRestrictionsToComeAreAWarningButNotCountermeasuresAgainstFires() {
		isAWarning(Lang.en, "The Cabinet will impose proportionate counter-sanctions.");
		isSilent(Lang.en, "The regions will take countermeasures against forest fires.");
	}

	@Test
	void aStepCalledAnErroneousPolicyIsAWarning() {
		isAWarning(Lang.en, "This is an erroneous policy, and it will not succeed.");
		isAWarning(Lang.en, "Sanctions are the result of the short-sighted policy of the EU governments.");
	}

	@Test
	void ourTeethShownAreOurWarningsRecalled() {
		isAWarning(Lang.en, "Each time we showed our teeth, they pretended not to hear.");
	}

	@Test
	void theCostOfASplitFromRussiaIsAWarningInRussian() {
		isAWarning(Lang.ru,
				"В результате выхода из российской энергосистемы цены на электричество в этих странах выросли вдвое.");
		isAWarning(Lang.ru, "Это их решение, их граждане за это расплачиваются.");
		isSilent(Lang.ru, "Наши потребители за это платят меньше, чем год назад.");
		isSilent(Lang.ru, "В результате модернизации цены на продукцию выросли.");
	}

	@Test
	void limitsAndTheftsTurnedOnThemselvesAreAWarning() {
		isAWarning(Lang.en,
				"Whoever tries to fence us off is fencing themselves off, limiting themselves first of all.");
		isAWarning(Lang.en, "Those who refuse our grain are stealing from themselves.");
		isAWarning(Lang.en, "They chose to shut themselves off from our market.");
		isSilent(Lang.en, "Our athletes should not limit themselves to one sport.");
	}

	@Test
	void theAuthorsToLoseMostOrFareWorseIsAWarning() {
		isAWarning(Lang.en, "In the end, those who started this trade war stand to lose the most.");
		isAWarning(Lang.en, "The situation will get even worse for our European partners if they go on like this.");
		isAWarning(Lang.en, "They ban our fertilisers only to see prices in their countries go up.");
		isSilent(Lang.en, "The weather will get worse for farmers in the south next week.");
	}

	@Test
	void readinessToPushBackIsAWarning() {
		isAWarning(Lang.en, "We are ready to push back against any new provocation.");
	}

	@Test
	void noRightToLetItHappenIsAWarningInRussian() {
		isAWarning(Lang.ru, "Этого мы не имеем права допустить никогда.");
		isSilent(Lang.ru, "Мы не имеем права допустить ошибку в расчётах.");
	}

	private static void isAWarning(Lang lang, String sentence) {
		assertThat(warnings(lang, sentence)).as(sentence).containsExactly(sentence);
	}

	private static void isSilent(Lang lang, String sentence) {
		assertThat(warnings(lang, sentence)).as(sentence).isEmpty();
	}

}
