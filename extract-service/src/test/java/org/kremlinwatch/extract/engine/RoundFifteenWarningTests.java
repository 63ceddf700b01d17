package org.kremlinwatch.extract.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.warnings;

/**
 * The round-15 forms of the warning families, each beside a look-alike that must stay
 * silent: a red line with a parenthetical before it (not a red line merely talked about),
 * every form of a step harming its own authors (not harm they are told to avoid), a
 * refusal by a negated right (not a right we have), a reply promised to steps named
 * before it by pronoun (not to problems), the other side said to understand what a step
 * can lead to (not what someone saw), a decline predicted in Europe's economies (not in
 * our own figures), others' verdicts by another verb («квалифицируются как террористы»),
 * and a step that "will backfire on us", which is a concern, not a warning.
 */
class RoundFifteenWarningTests {

	@ParameterizedTest
	@ValueSource(strings = {
			// a red line with a parenthetical after the verb
			"Missiles on our doorstep are, quite simply, the red line for us.",
			// a step that harms its own authors, in every form of the verb
			"Those who keep raising tariffs harm themselves most of all.",
			"Sooner or later the organisers of this blockade hurt themselves.",
			// a refusal by a negated right
			"We have no historical right to allow this.",
			// a reply to steps named before it, by pronoun
			"The alliance has announced new measures in the Baltic, and Russia will respond to them.",
			// the other side said to understand what a step can lead to
			"Our Western colleagues realise what this could eventually lead to.",
			// a decline predicted in another side's economies
			"The result of these sanctions will be a decline in the European industries' output." })
	void findsEnglishWarningsOfRoundFifteen(String sentence) {
		assertThat(warnings(Lang.en, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Наёмники из этих отрядов квалифицируются законом как преступники.",
			"Уверен, в Брюсселе понимают, к чему это может привести." })
	void findsRussianWarningsOfRoundFifteen(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).containsExactly(sentence);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// red lines talked about, not drawn
			"We have discussed red lines at length with the journalists.",
			// harm to be avoided
			"Swimmers were told how not to harm themselves in cold water.",
			// a right we have
			"We have every right to develop our own northern ports.",
			// problems we reply to, not another side's steps
			"When faced with such problems at home, we will respond to them.",
			// what someone saw in the past
			"Later, the regulators saw what this could lead to.",
			// our own figures, and a step that will cost us
			"The statistics office recorded a decline in the European visitors' numbers last year.",
			"Their shipments of rifles to the region will backfire on us in the future." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Эти расходы квалифицируются налоговым кодексом как инвестиции.",
			"Школьники понимают, к чему нужно стремиться." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
