package org.kremlinwatch.extract.engine;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kremlinwatch.extract.engine.RuleSentences.topics;

/**
 * The round-17 topic rules on hand-written sentences in both languages, each beside a
 * look-alike: a topic named only in passing (energy as one sector among the objects or
 * enterprises something is done to, an oil company in a list of company names, a power
 * plant as the place troops advance to) does not tag, however often, unless a sentence on
 * the topic itself stands beside it; oil and gas budget revenue, oil spills, Gaza and
 * energy as a virtue are not energy; energy sources are; missile launches and tests are
 * arms control; bans imposed on Russian goods are sanctions.
 */
class RoundSeventeenTopicTests {

	@Test
	void energyAmongTheSectorsOfDamagedObjectsIsAPassingMentionHoweverOften() {
		assertThat(
				topics(Lang.ru,
						"Отступая, боевики взорвали объекты промышленности, энергетики и связи. "
								+ "Гвардейцы охраняют предприятия транспорта, связи, энергетики и водоснабжения."))
			.isEmpty();
		// energy facilities themselves are the subject
		assertThat(topics(Lang.ru, "Стороны договорились на месяц прекратить удары по объектам энергетики."))
			.containsExactly("energy");
		// a passing mention beside a sentence on energy itself
		assertThat(topics(Lang.ru, "Отступая, боевики взорвали объекты промышленности, энергетики и связи. "
				+ "Поставки газа в посёлок восстановлены через неделю."))
			.containsExactly("energy");
	}

	@Test
	void anOilCompanyInAListOfCompaniesIsAPassingMention() {
		assertThat(topics(Lang.ru, "Среди шефов лицея – «Ростех», «Газпромнефть», «КамАЗ» и «Северсталь».")).isEmpty();
		assertThat(topics(Lang.ru, "«Газпромнефть» начнёт добычу на новом месторождении в следующем году."))
			.containsExactly("energy");
	}

	@Test
	void aPowerPlantAsThePlaceTroopsAdvanceToIsAPassingMention() {
		assertThat(topics(Lang.ru, "Разведчики вовремя заметили колонну, которая шла к Нововоронежской АЭС."))
			.isEmpty();
		assertThat(topics(Lang.ru, "Нововоронежская АЭС выработала рекордный объём электроэнергии."))
			.contains("energy");
		assertThat(topics(Lang.en, "The column was stopped on its way towards the Novovoronezh NPP.")).isEmpty();
		assertThat(topics(Lang.en, "The second unit of the new nuclear power plant will be launched next year."))
			.containsExactly("energy");
	}

	@Test
	void budgetRevenueFromOilAndGasAndAnOilSpillAreNotEnergy() {
		assertThat(topics(Lang.en, "Non-oil and gas revenues grew by a fifth over the year.")).isEmpty();
		assertThat(topics(Lang.en, "What we once bought with petrodollars we now make at home.")).isEmpty();
		assertThat(topics(Lang.en, "Volunteers are still cleaning the beaches after the oil spill.")).isEmpty();
		assertThat(topics(Lang.en, "Oil and gas exports to Asia grew by a fifth over the year."))
			.containsExactly("energy");
		assertThat(topics(Lang.ru, "Нефтегазовые доходы бюджета оказались выше плана.")).isEmpty();
		assertThat(topics(Lang.ru, "Волонтёры очищают пляжи после разлива нефтепродуктов.")).isEmpty();
		assertThat(topics(Lang.ru, "Добыча нефти и газа в округе выросла на треть.")).containsExactly("energy");
	}

	@Test
	void gazaIsAPlaceNotGas() {
		assertThat(topics(Lang.ru, "Мы обсудили гуманитарное положение в Газе.")).isEmpty();
		assertThat(topics(Lang.ru, "Стороны призвали прекратить огонь в секторе Газа.")).isEmpty();
		assertThat(topics(Lang.ru, "Потребность края в газе выросла за зиму.")).containsExactly("energy");
		assertThat(topics(Lang.ru, "Газ пришёл в посёлок только этой осенью.")).containsExactly("energy");
	}

	@Test
	void energyAsAVirtueBesideOthersIsNotTheEnergySector() {
		assertThat(topics(Lang.en, "The troupe won the audience over with its humour, energy and flair.")).isEmpty();
		assertThat(topics(Lang.en, "Your inherent energy and optimism will help you in the new post.")).isEmpty();
		assertThat(topics(Lang.en, "Energy and transport cooperation topped the agenda.")).containsExactly("energy");
	}

	@Test
	void energySourcesAreEnergy() {
		assertThat(topics(Lang.en, "The institute works on new energy sources for remote towns."))
			.containsExactly("energy");
		assertThat(topics(Lang.ru, "Край развивает возобновляемые источники энергии.")).containsExactly("energy");
		assertThat(topics(Lang.en, "Our sources say the team is full of new ideas.")).isEmpty();
	}

	@Test
	void missileLaunchesAndTestsAreArmsControl() {
		assertThat(topics(Lang.en, "The navy carried out a test launch of a hypersonic cruise missile at dawn."))
			.containsExactly("arms-control");
		assertThat(topics(Lang.ru, "Флот провёл испытания гиперзвуковой крылатой ракеты."))
			.containsExactly("arms-control");
		// a weapon owned or praised is not a test
		assertThat(topics(Lang.en, "We are proud that our engineers built hypersonic weapons.")).isEmpty();
		assertThat(topics(Lang.ru, "Инженеры гордятся гиперзвуковым оружием.")).isEmpty();
	}

	@Test
	void bansImposedOnRussianGoodsAreSanctions() {
		assertThat(topics(Lang.en, "The ban imposed on Russian trucks has disrupted the supply chains."))
			.containsExactly("sanctions");
		assertThat(topics(Lang.ru, "Запрет на ввоз российских удобрений был снят весной."))
			.containsExactly("sanctions");
		assertThat(topics(Lang.en, "The ban on smoking in cafes took effect in June.")).isEmpty();
		assertThat(topics(Lang.ru, "Запрет на ввоз фейерверков продлён до весны.")).isEmpty();
	}

}
