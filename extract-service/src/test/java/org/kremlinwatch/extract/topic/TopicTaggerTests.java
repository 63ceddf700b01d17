package org.kremlinwatch.extract.topic;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kremlinwatch.events.v1.Lang;
import org.kremlinwatch.events.v1.TopicMatch;
import org.kremlinwatch.extract.engine.Resources;
import org.kremlinwatch.extract.text.SentenceSplitter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTests {

	private final TopicTagger tagger = new TopicTagger(Taxonomy.parse(Resources.read("classpath:taxonomy.yml")));

	private List<String> topicsOf(Lang lang, String sentence) {
		return this.tagger.tag(lang, "", new SentenceSplitter().split(sentence)).stream().map(TopicMatch::id).toList();
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			sanctions           | ru | Запад пригрозил новыми санкциями против России.
			sanctions           | ru | Введение санкций не принесло результата.
			sanctions           | ru | Правительство ответило ограничительными мерами.
			sanctions           | en | Joseph Biden mentioned the possibility of imposing large-scale sanctions.
			sanctions           | en | The EU adopted new restrictive measures.
			nato-expansion      | ru | Мы против дальнейшего расширения НАТО.
			nato-expansion      | ru | Продвижение альянса на восток недопустимо.
			nato-expansion      | ru | Россия требует гарантий нерасширения Североатлантического альянса на восток.
			nato-expansion      | en | The guarantees must rule out NATO's eastward expansion.
			nato-expansion      | en | We oppose the enlargement of NATO.
			nato-expansion      | en | Ukraine may join NATO in future.
			security-guarantees | ru | Россия добивается юридически обязывающих гарантий безопасности.
			security-guarantees | ru | Принцип неделимости безопасности должен соблюдаться.
			security-guarantees | en | We discussed legally binding security guarantees.
			security-guarantees | en | The principle of indivisible security must be observed.
			ukraine             | ru | Ситуация на Украине обостряется.
			ukraine             | ru | Необходимо выполнять Минские соглашения по Донбассу.
			ukraine             | en | The situation around Ukraine was discussed.
			ukraine             | en | The Minsk agreements are the only basis for settlement in Donbass.
			arms-control        | ru | Стороны обсудили стратегическую стабильность и ДСНВ.
			arms-control        | ru | Размещение ударных ракет у наших границ угрожает России.
			arms-control        | en | Washington has no intention of deploying offensive strike weapons in Ukraine.
			arms-control        | en | The New START treaty was extended.
			energy              | ru | Поставки газа в Европу выросли.
			energy              | ru | Цены на нефть стабилизировались благодаря ОПЕК+.
			energy              | en | Gas prices in Europe soared.
			energy              | en | The Nord Stream 2 pipeline is ready.
			sanctions           | ru | Страна выступает против односторонних торговых ограничений.
			sanctions           | en | The decree introduces special economic measures against the hostile states.
			sanctions           | en | Western restrictions hurt European businesses first.
			nato-expansion      | ru | Страны НАТО наращивают войска вблизи наших границ.
			nato-expansion      | en | NATO keeps building up its forces near our borders.
			ukraine             | ru | Помощь участникам СВО и их семьям остаётся приоритетом.
			ukraine             | ru | Ветераны спецоперации получат новые льготы.
			arms-control        | ru | На воду спущен новый атомный подводный крейсер.
			arms-control        | en | Strategic aviation flew its usual patrol routes.
			energy              | ru | Первая партия угля отправлена в порт.
			energy              | en | Cooperation in power engineering is growing.
			energy              | ru | Уровень газификации в регионе вырос.
			energy              | ru | Новая тепловая электростанция снизит цену электрической энергии.
			arms-control        | en | The treaty bans the proliferation of nuclear weapons technology.
			arms-control        | ru | Стороны против распространения оружия массового уничтожения.
			sanctions           | en | The EU froze Russian state assets last spring.
			""")
	void tagsSentencesOfATopicWhateverTheInflection(String topic, Lang lang, String sentence) {
		assertThat(topicsOf(lang, sentence)).contains(topic);
	}

	@ParameterizedTest(name = "not {0}: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			sanctions           | ru | Президент санкционировал проверку.
			sanctions           | en | The President approved the new law.
			nato-expansion      | ru | Генеральный секретарь НАТО прибыл в Москву.
			nato-expansion      | en | The NATO Secretary General visited Moscow.
			security-guarantees | ru | Безопасность дорожного движения улучшилась.
			security-guarantees | en | Security at the airport was tightened.
			ukraine             | ru | Президент посетил Новгородскую область.
			ukraine             | en | The President visited the Novgorod Region.
			arms-control        | ru | Стороны обсудили торговлю зерном.
			arms-control        | en | The sides discussed grain exports.
			energy              | ru | Газета опубликовала интервью.
			energy              | en | The newspaper published an interview on nuclear energy research.
			energy              | ru | Новый магазин открылся на углу улицы.
			ukraine             | ru | Каждый внёс свой вклад в общее дело.
			sanctions           | en | The new rules lifted restrictions on small shops.
			sanctions           | en | The agency may freeze assets of a suspect.
			arms-control        | en | The proliferation of fake news worries parents.
			""")
	void leavesOutSentencesThatOnlyLookAlike(String topic, Lang lang, String sentence) {
		assertThat(topicsOf(lang, sentence)).doesNotContain(topic);
	}

	@Test
	void scoreGrowsWithEvidenceAndStaysBelowOne() {
		String text = "Sanctions were imposed. New sanctions are threatened. Sanctions hurt trade. Weather was fine.";
		TopicMatch match = this.tagger.tag(Lang.en, "On sanctions", new SentenceSplitter().split(text)).get(0);
		assertThat(match.id()).isEqualTo("sanctions");
		assertThat(match.evidence()).hasSize(3);
		assertThat(match.evidence())
			.allSatisfy((e) -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence()));
		assertThat(match.score()).isGreaterThan(TopicTagger.score(3)).isLessThan(1.0);
		assertThat(TopicTagger.score(1)).isLessThan(TopicTagger.score(2));
	}

	@Test
	void usersExtendTheTaxonomyWithoutCode() {
		Taxonomy custom = Taxonomy.parse("""
				topics:
				  - id: grain
				    patterns:
				      ru: ['зерн\\w*']
				      en: ['grain && exports?']
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		TopicTagger tagger = new TopicTagger(custom);
		assertThat(tagger.tag(Lang.ru, "", new SentenceSplitter().split("Экспорт зерна вырос."))).hasSize(1);
		assertThat(tagger.tag(Lang.en, "", new SentenceSplitter().split("Grain prices rose."))).isEmpty();
		assertThat(tagger.tag(Lang.en, "", new SentenceSplitter().split("Grain exports rose."))).hasSize(1);
	}

}
