package org.kremlinwatch.extract.engine;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kremlinwatch.events.v1.EventType;
import org.kremlinwatch.events.v1.ExtractedEvent;
import org.kremlinwatch.events.v1.Lang;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning rule families, on hand-written sentences: each family in both languages,
 * and the look-alikes that must not count.
 */
class WarningRulesTests {

	private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-03-01T12:00:00+03:00");

	private static final Extractor extractor = Extractor.withDefaults();

	private static List<ExtractedEvent> warnings(Lang lang, String text) {
		return extractor.extract(new ReleaseInput(lang + ":1", lang, "", text, PUBLISHED))
			.events()
			.stream()
			.filter((e) -> e.type() == EventType.WARNING)
			.toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "The minister cautioned against sending more weapons to the region.",
			"Any aggressor will face defeat and ominous consequences should it attack the country.",
			"Admitting that country to the bloc is fraught with dire consequences.",
			"Such a move would have tremendous and disastrous consequences for Europe.",
			"Our country will respond swiftly and in kind to any such step.",
			"The deployment will evoke a response on our part.", "We will respond to it in a fitting manner.",
			"Russia has every right to respond in order to ensure its security.",
			"Our retaliatory strikes will be lightning-fast.",
			"The responsibility for the continued bloodshed will lie entirely with the regime.",
			"We will consider any such move as participation in the armed conflict.",
			"We have the tools and we will use them if necessary.", "The consequences may be extremely painful.",
			"Attempts to drag out the talks would only result in additional demands.", "It is the red line for us.",
			"Rejecting neutrality would be wrong." })
	void findsEnglishWarningsOfEveryFamily(String sentence) {
		assertThat(warnings(Lang.en, sentence)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Our missile attack warning system is functioning smoothly.",
			"It would be a mistake to assume that the crisis will pass by itself.",
			"We hope the negotiators will respond positively to our proposals.",
			"Officials must respond in a timely manner to the complaints of residents.",
			"The measures were taken to avoid catastrophic consequences.",
			"We will be reducing the negative impact of industry on the climate.",
			"You spoke about red lines in your question.", "Last year, about 111,000 warnings were issued." })
	void leavesEnglishLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.en, sentence)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Президент предупредил о рисках дальнейшей эскалации.",
			"Это было бы ошибкой, которая будет иметь последствия.",
			"Такие действия чреваты самыми серьёзными последствиями.", "Ответ будет быстрым и жёстким.",
			"Россия будет вынуждена принять ответные меры.", "Подобный шаг не останется без ответа.",
			"Ответственность за возможное кровопролитие целиком ляжет на режим.",
			"Мы будем рассматривать это как участие в вооружённом конфликте.",
			"Расширение инфраструктуры станет для нас красной линией." })
	void findsRussianWarningsOfEveryFamily(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).hasSize(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Банк не предупредил клиента об опасности.",
			"Создана система предупреждения чрезвычайных ситуаций.",
			"Понимаю всю ответственность, возложенную на меня народом.",
			"Об этом может рассказать участник боевых действий.",
			"Все эти меры должны снизить возможные негативные последствия половодья." })
	void leavesRussianLookAlikesAlone(String sentence) {
		assertThat(warnings(Lang.ru, sentence)).isEmpty();
	}

}
