package org.kremlinwatch.extract.topic;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

/** Term rules over Lucene's Russian and English stems, with phrases and proximity. */
class TermRuleTests {

	private static boolean matches(Lang lang, String rule, String sentence) {
		return TermRule.parse(lang, rule).matches(Stems.of(lang, sentence));
	}

	@Test
	void matchesRussianInflectionsThroughTheStemmer() {
		String rule = "нато|альянс ~5 расширение|продвижение|восток";
		assertThat(matches(Lang.ru, rule, "Мы против дальнейшего расширения Североатлантического альянса.")).isTrue();
		assertThat(matches(Lang.ru, rule, "Продвижение НАТО на восток недопустимо.")).isTrue();
		assertThat(matches(Lang.ru, "гарантии ~3 безопасности", "речь о гарантиях безопасности России")).isTrue();
	}

	@Test
	void asksToAnalyzeEverySentenceItCanMatchWithYoOrWithoutAndOnlyThose() {
		// The stemmer spells ё as е; the needles that spare the analysis must too.
		TermRule rule = TermRule.parse(Lang.ru, "юридически ~3 гарантии|договорённости");
		for (String sentence : new String[] { "юридически обязывающие договорённости",
				"юридически обязывающие договоренности", "юридически закреплённые гарантии" }) {
			assertThat(rule.possibleIn(sentence)).as(sentence).isTrue();
			assertThat(rule.matches(Stems.of(Lang.ru, sentence))).as(sentence).isTrue();
		}
		// A phrase needs all its words: «силы» alone does not call for the analyzer.
		TermRule forces = TermRule.parse(Lang.ru, "силы сдерживания|стратегических ядерных");
		assertThat(forces.possibleIn("объединить силы для решения задач")).isFalse();
		assertThat(forces.possibleIn("силы сдерживания приведены в боевую готовность")).isTrue();
		assertThat(TermRule.parse(Lang.en, "nato ~4 membership|join").possibleIn("the nations joined")).isTrue();
		assertThat(TermRule.parse(Lang.en, "nato ~4 membership|join").possibleIn("the nations met")).isFalse();
	}

	@Test
	void matchesEnglishVariantsWithinTheDistanceInEitherOrder() {
		String rule = "nato ~5 expansion|eastward|advance";
		assertThat(matches(Lang.en, rule, "to preclude NATO's further eastward advance")).isTrue();
		assertThat(matches(Lang.en, rule, "the further expansion of NATO")).isTrue();
		assertThat(matches(Lang.en, "guarantees ~4 security", "legal guarantees of Russia's security")).isTrue();
	}

	@Test
	void rejectsTermsFartherApartThanTheRuleAllows() {
		assertThat(matches(Lang.en, "nato ~2 expansion",
				"NATO members discussed trade, climate, health and then the expansion of railways"))
			.isFalse();
		assertThat(matches(Lang.en, "nato ~5 expansion", "The expansion of trade was discussed.")).isFalse();
	}

	@Test
	void matchesPhrasesOnlyAsWordsInARow() {
		assertThat(matches(Lang.en, "nuclear programme", "the Iranian nuclear programme")).isTrue();
		assertThat(matches(Lang.en, "nuclear programme", "a programme of nuclear medicine")).isFalse();
	}

	@Test
	void tagsSanctionsFromFrozenReservesAndEnergyButNotEnergyAsAVirtue() {
		Taxonomy taxonomy = Taxonomy.parse(org.kremlinwatch.extract.engine.Resources.read("classpath:taxonomy.yml"));
		Taxonomy.Topic sanctions = topic(taxonomy, "sanctions");
		Taxonomy.Topic energy = topic(taxonomy, "energy");
		assertThat(sanctions.matches(Lang.en,
				"The foreign exchange reserves of the Bank of Russia were frozen by the EU member states."))
			.isTrue();
		assertThat(energy.matches(Lang.en, "They agreed to expand cooperation in energy and finance.")).isTrue();
		assertThat(energy.matches(Lang.en, "I wish you energy and enthusiasm in your work.")).isFalse();
		assertThat(energy.matches(Lang.ru, "Обсуждены вопросы взаимодействия в сфере энергетики.")).isTrue();
	}

	private static Taxonomy.Topic topic(Taxonomy taxonomy, String id) {
		return taxonomy.topics().stream().filter((t) -> t.id().equals(id)).findFirst().orElseThrow();
	}

}
