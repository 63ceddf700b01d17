package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.topics;

/**
 * The round-20 topic rules (set 15's energy in passing), each beside a look-alike: an
 * energy minister's title is a passing mention, and so are oil and gas companies named as
 * examples of large companies; energy as what the sentence is about still tags.
 */
class RoundTwentyTopicTests {

	@Test
	void anEnergyMinistersTitleIsAPassingMention() {
		assertThat(topics(Lang.en, "Energy Minister Nikolai Shulginov and the head of the union commented on it."))
			.isEmpty();
		assertThat(topics(Lang.en, "The Energy Minister reported on gas supplies to Europe this winter."))
			.containsExactly("energy");
	}

	@Test
	void oilAndGasCompaniesNamedAsExamplesAreAPassingMention() {
		assertThat(topics(Lang.en,
				"We should build on large companies such as Gazprom, Russian Railways, Rosatom and Rostec in sport."))
			.isEmpty();
		assertThat(topics(Lang.en, "Gazprom will raise its gas exports to China next year.")).containsExactly("energy");
	}

}
