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
		String sentence = "These sanctions have backfired on Europe, where fuel prices have soared.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.en, "Some say their sanctions have backfired on us, but we adapted.")).isEmpty();
	}

	@Test
	void troublesOfTheOtherSidesOwnMakingAreAWarning() {
		String sentence = "Washington should first deal with the problems of its own making.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.en, "We have solved the problems of our own making.")).isEmpty();
	}

	@Test
	void aNeighbourNotToBeMadeABridgeheadIsAWarning() {
		String sentence = "We will never let our neighbour become a springboard for attacks on Russia.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.en, "The port will become a springboard for regional growth.")).isEmpty();
	}

	@Test
	void trustInTheOtherSidesMoneyRuinedIsAWarningButNotTrustInOurs() {
		String sentence = "By freezing our reserves, the West has undermined trust in its own currencies.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.en, "Speculators undermined confidence in our national currency last year."))
			.isEmpty();
	}

	@Test
	void counterRestrictionsToComeAreAWarningButNotCountermeasuresAgainstFires() {
		String sentence = "The Cabinet will impose proportionate counter-sanctions.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.en, "The regions will take countermeasures against forest fires.")).isEmpty();
	}

	@Test
	void aStepCalledAnErroneousPolicyIsAWarning() {
		String sentence = "This is an erroneous policy, and it will not succeed.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
		String policy = "Sanctions are the result of the short-sighted policy of the EU governments.";
		assertThat(warnings(Lang.en, policy)).containsExactly(policy);
	}

	@Test
	void ourTeethShownAreOurWarningsRecalled() {
		String sentence = "Each time we showed our teeth, they pretended not to hear.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@Test
	void theCostOfASplitFromRussiaIsAWarningInRussian() {
		String split = "В результате выхода из российской энергосистемы цены на электричество в этих странах выросли вдвое.";
		assertThat(warnings(Lang.ru, split)).containsExactly(split);
		String people = "Это их решение, их граждане за это расплачиваются.";
		assertThat(warnings(Lang.ru, people)).containsExactly(people);
		assertThat(warnings(Lang.ru, "Наши потребители за это платят меньше, чем год назад.")).isEmpty();
		assertThat(warnings(Lang.ru, "В результате модернизации цены на продукцию выросли.")).isEmpty();
	}

	@Test
	void limitsAndTheftsTurnedOnThemselvesAreAWarning() {
		String limits = "Whoever tries to fence us off is fencing themselves off, limiting themselves first of all.";
		assertThat(warnings(Lang.en, limits)).containsExactly(limits);
		String theft = "Those who refuse our grain are stealing from themselves.";
		assertThat(warnings(Lang.en, theft)).containsExactly(theft);
		String shut = "They chose to shut themselves off from our market.";
		assertThat(warnings(Lang.en, shut)).containsExactly(shut);
		assertThat(warnings(Lang.en, "Our athletes should not limit themselves to one sport.")).isEmpty();
	}

	@Test
	void theAuthorsToLoseMostOrFareWorseIsAWarning() {
		String lose = "In the end, those who started this trade war stand to lose the most.";
		assertThat(warnings(Lang.en, lose)).containsExactly(lose);
		String worse = "The situation will get even worse for our European partners if they go on like this.";
		assertThat(warnings(Lang.en, worse)).containsExactly(worse);
		String prices = "They ban our fertilisers only to see prices in their countries go up.";
		assertThat(warnings(Lang.en, prices)).containsExactly(prices);
		assertThat(warnings(Lang.en, "The weather will get worse for farmers in the south next week.")).isEmpty();
	}

	@Test
	void readinessToPushBackIsAWarning() {
		String sentence = "We are ready to push back against any new provocation.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@Test
	void noRightToLetItHappenIsAWarningInRussian() {
		String sentence = "Этого мы не имеем права допустить никогда.";
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
		assertThat(warnings(Lang.ru, "Мы не имеем права допустить ошибку в расчётах.")).isEmpty();
	}

}
