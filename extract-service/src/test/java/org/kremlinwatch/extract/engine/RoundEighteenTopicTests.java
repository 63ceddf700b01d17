package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.topics;

/**
 * The round-18 topic rules on hand-written sentences in both languages, each beside a
 * look-alike: energy as a personal quality beside others is not the energy sector;
 * restrictive measures kept at home against an epidemic are no sanctions; the enemy in
 * Russia's border regions is Ukraine's army even unnamed, the liberation of 1943 is not;
 * the fuel and energy sector as one item of a list of sectors is a passing mention; the
 * dead of a mine disaster are not the coal trade; Ukraine in a scientist's biography is a
 * passing mention.
 */
class RoundEighteenTopicTests {

	@Test
	void energyBesideOtherPersonalQualitiesIsNotTheEnergySector() {
		assertThat(topics(Lang.en, "Your talent, energy and readiness to help others will take you far.")).isEmpty();
		assertThat(topics(Lang.en, "Thanks to your competence, experience and energy the new terminal opened early."))
			.isEmpty();
		assertThat(topics(Lang.en, "We count on your professionalism and energy in the years ahead.")).isEmpty();
		assertThat(topics(Lang.en, "The games will give the young athletes a great boost of energy and confidence."))
			.isEmpty();
		// a sector follows: cooperation in energy itself
		assertThat(topics(Lang.en, "The two ministers shared experience and energy cooperation plans."))
			.containsExactly("energy");
		// the Russian patterns never read «энергия» as a sector at all
		assertThat(topics(Lang.ru, "Желаю вам энергии, таланта и новых свершений.")).isEmpty();
		assertThat(topics(Lang.ru, "Стороны обсудили сотрудничество в энергетике.")).containsExactly("energy");
	}

	@Test
	void restrictiveMeasuresAgainstAnEpidemicAreNoSanctions() {
		assertThat(topics(Lang.en, "Please keep complying with the restrictive measures our doctors advise."))
			.isEmpty();
		assertThat(topics(Lang.en, "The regions will tighten restrictive measures as the coronavirus spreads."))
			.isEmpty();
		assertThat(topics(Lang.ru, "Жителей призвали соблюдать ограничительные меры до конца карантина.")).isEmpty();
		// restrictive measures imposed by other states are sanctions
		assertThat(topics(Lang.en, "The restrictive measures imposed by Brussels hit our exporters."))
			.containsExactly("sanctions");
		assertThat(topics(Lang.ru, "Ограничительные меры Евросоюза ударили по нашим экспортёрам."))
			.containsExactly("sanctions");
		// an epidemic sentence that names sanctions stays sanctions
		assertThat(topics(Lang.en,
				"Despite the pandemic, restrictive measures and the new sanctions, trade grew by a tenth."))
			.containsExactly("sanctions");
	}

	@Test
	void theEnemyInABorderRegionIsUkraineEvenUnnamed() {
		assertThat(topics(Lang.ru, "Бригада выбила противника из трёх сёл Брянской области."))
			.containsExactly("ukraine");
		assertThat(topics(Lang.ru, "Наши бойцы продолжают освобождать курскую землю.")).containsExactly("ukraine");
		assertThat(topics(Lang.en, "The brigade pushed the enemy out of three villages in the Belgorod Region."))
			.containsExactly("ukraine");
		// the liberation of 1943, and the region without any fighting
		assertThat(topics(Lang.ru, "В августе 1943 года Курская область была освобождена от немецко-фашистских войск."))
			.isEmpty();
		assertThat(topics(Lang.en, "The liberation of the Kursk Region from the Nazis came in 1943.")).isEmpty();
		assertThat(topics(Lang.ru, "В Брянской области открыли новую школу.")).isEmpty();
	}

	@Test
	void theFuelAndEnergySectorAsOneItemOfAListIsAPassingMention() {
		assertThat(topics(Lang.en, "Risks fell in housing and utilities, the fuel and energy sector, and farming."))
			.isEmpty();
		assertThat(topics(Lang.en, "Graduates work in construction and fuel and energy enterprises.")).isEmpty();
		// the sector as the subject
		assertThat(topics(Lang.en, "We need a plan for developing the fuel and energy sector."))
			.containsExactly("energy");
	}

	@Test
	void theDeadOfAMineDisasterAreNotTheCoalTrade() {
		assertThat(
				topics(Lang.en, "He offered condolences to the families of the miners killed in the coal mine blast."))
			.isEmpty();
		assertThat(topics(Lang.en, "Rescuers are searching for the victims of the coal mine accident.")).isEmpty();
		assertThat(topics(Lang.ru, "Президент выразил соболезнования семьям горняков, погибших на угольной шахте."))
			.isEmpty();
		// coal as a trade
		assertThat(topics(Lang.en, "Coal exports through the eastern ports grew by a fifth."))
			.containsExactly("energy");
		assertThat(topics(Lang.ru, "Добыча угля на шахте выросла вдвое.")).containsExactly("energy");
	}

	@Test
	void ukraineInAScientistsBiographyIsAPassingMention() {
		assertThat(topics(Lang.en,
				"The physicist, a Soviet and Ukrainian scientist, headed the Academy of Sciences of Ukraine for years."))
			.isEmpty();
		assertThat(topics(Lang.ru, "Он был советским и украинским учёным, президентом Академии наук Украины."))
			.isEmpty();
		// Ukraine as a state beside it
		assertThat(topics(Lang.en, "The Ukrainian scientist was honoured. Ukraine and Russia signed a science accord."))
			.containsExactly("ukraine");
	}

}
