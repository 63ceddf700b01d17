package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * Round 19: the danger of a service thanked is no warning ("your difficult work that is
 * fraught with danger", seen in set 14's first run), while a step fraught with a conflict
 * still is.
 */
class RoundNineteenWarningTests {

	@Test
	void theDangerOfAServiceThankedIsNoWarning() {
		assertThat(warnings(Lang.en, "I thank the rescuers for their hard work that is fraught with danger."))
			.isEmpty();
		assertThat(warnings(Lang.en, "Theirs is a profession fraught with danger, and we are proud of them."))
			.isEmpty();
	}

	@Test
	void aStepFraughtWithConflictIsStillAWarning() {
		String sentence = "Moving these missiles to our borders is fraught with a direct military confrontation.";
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

}
