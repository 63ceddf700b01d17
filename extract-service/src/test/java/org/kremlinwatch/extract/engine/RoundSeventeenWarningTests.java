package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * The round-17 forms of the warning families, each beside a look-alike that must stay
 * silent: a cost, a response or an outcome for the other side stated as cause and effect
 * (a step that will drive them to ruin, a side that has to pay a high price, a decision
 * to respond to their sanctions, how their schemes ended, a fight with NATO we would have
 * to wage, the refusal to stand idly by), the others' own mistakes reported, a step
 * judged foolish, a side named after the cost it bears; not our own costs, domestic
 * fights, a film's ending or an escalator.
 */
class RoundSeventeenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// a cost brought on them
			"Such a ban would drive them to ruin sooner than anyone in Brussels expects.",
			// a price the other side has to pay
			"The country that refuses these supplies has to pay a steep price for that choice.",
			// a response decided on, the steps it answers named
			"We have decided to respond to these restrictions in three areas.",
			// how the other side's schemes ended
			"Everyone remembers how such adventures ended for their authors.",
			// the others' own mistake reported
			"It later turned out that they had made a mistake about the weapons.",
			// a fight announced against a side named
			"If the bloc moves in, we would have to fight with NATO itself.",
			// the refusal to stand idly by, told and asked
			"We will not stand idly by while missiles appear at our borders.",
			"Do they expect that we will simply sit idly while the threats grow?",
			// a step judged foolish
			"Everyone can see that they have done a foolish thing with these tariffs.",
			// a side named after the cost it bears
			"The coming famine will bring migration flows that will swamp Europe within a decade." })
	void findsEnglishWarningsOfRoundSeventeen(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Мы все помним, чем закончились такие авантюры.",
			"Все знают, к чему это привело в прошлый раз." })
	void findsRussianWarningsOfRoundSeventeen(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// an outcome that is no cost
			"Good coaching will lead them to victory in the final.",
			// a price we pay
			"We have to pay a high price for the new hospital equipment.",
			// a response that is a domestic policy
			"The best response to these sanctions is our own industry.",
			// an ending with no scheme named
			"We all know how the film ended.",
			// a domestic fight
			"We will have to fight inflation all through this year.",
			// standing idly, no refusal of ours
			"Passengers should not stand idly on the escalator.",
			// our own mistake admitted
			"We admitted that we had made a mistake in the schedule.",
			// a step praised
			"Everyone can see that they have done a great thing for the city.",
			// migration with no side bearing it
			"Migration flows to the northern towns will grow in the spring." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Мы знаем, чем закончился вчерашний матч.", "Все помнят, чем закончилось лето." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
