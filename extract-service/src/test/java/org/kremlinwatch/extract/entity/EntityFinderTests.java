package org.kremlinwatch.extract.entity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kremlinwatch.events.v1.Entity;
import org.kremlinwatch.events.v1.EntityType;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.extract.engine.Resources;

import static org.assertj.core.api.Assertions.assertThat;

class EntityFinderTests {

	private final EntityFinder finder = new EntityFinder(Gazetteer.parse(Resources.read("classpath:gazetteer.yml")));

	@Test
	void findsRussianInflectedFormsUnderCanonicalEnglishNames() {
		String text = "Владимир Путин провёл переговоры. Байдену сообщили позицию Путина. С Путиным согласились в Женеве и Брюсселе.";
		List<Entity> entities = EntityFinder.count(this.finder.find(Lang.ru, text));
		assertThat(entities).contains(new Entity(EntityType.PERSON, "Vladimir Putin", 3),
				new Entity(EntityType.PERSON, "Joseph Biden", 1), new Entity(EntityType.PLACE, "Geneva", 1),
				new Entity(EntityType.PLACE, "Brussels", 1));
	}

	@Test
	void namesStatesAndOrganisationsInBothLanguages() {
		assertThat(
				EntityFinder.count(this.finder.find(Lang.ru, "США, Соединённые Штаты, НАТО, альянс, ОБСЕ и Украина.")))
			.containsExactly(new Entity(EntityType.COUNTRY, "United States", 2), new Entity(EntityType.ORG, "NATO", 2),
					new Entity(EntityType.ORG, "OSCE", 1), new Entity(EntityType.COUNTRY, "Ukraine", 1));
		assertThat(EntityFinder.count(this.finder.find(Lang.en, "The US and the United States of America told us.")))
			.containsExactly(new Entity(EntityType.COUNTRY, "United States", 2));
	}

	@Test
	void countsAMentionInsideALongerNameOnlyForTheLongerName() {
		List<Mention> mentions = this.finder.find(Lang.en, "a Russia–NATO Council meeting");
		assertThat(mentions).extracting(Mention::name).containsExactly("Russia–NATO Council");
	}

	@Test
	void findsANameWhoseFormOpensWithASmallWordWhereverItStands() {
		// "the Kremlin" and "el-Sisi" are looked up by their capital, then read back
		// from their start; a name's mentions still come in text order, each once.
		List<Mention> mentions = this.finder.find(Lang.en,
				"In the Kremlin, Moscow, el-Sisi met Abdel Fattah el-Sisi's aides; the Kremlin said so.");
		assertThat(mentions).filteredOn((m) -> m.name().equals("Moscow"))
			.extracting(Mention::start)
			.containsExactly(3, 16, 66);
		assertThat(mentions).filteredOn((m) -> m.name().equals("Abdel Fattah el-Sisi"))
			.extracting(Mention::start)
			.containsExactly(24, 36);
	}

}
