package org.kremlinwatch.extract.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTests {

	private final SentenceSplitter splitter = new SentenceSplitter();

	@Test
	void offsetsPointAtEachSentenceInTheText() {
		String text = "  Vladimir Putin had a telephone conversation with Joseph Biden.  The talks will take place in Geneva!\n\nIs it so? Yes.";
		List<Sentence> sentences = this.splitter.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Vladimir Putin had a telephone conversation with Joseph Biden.",
					"The talks will take place in Geneva!", "Is it so?", "Yes.");
		assertThat(sentences).allSatisfy((s) -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
	}

	@Test
	void keepsAbbreviationsInitialsAndAcronymsInsideTheSentence() {
		String text = "Mr. Biden met V. Putin and the U.S. Secretary of State. Указ № 5 подписал В.В. Путин. Next.";
		assertThat(this.splitter.split(text)).extracting(Sentence::text)
			.containsExactly("Mr. Biden met V. Putin and the U.S. Secretary of State.", "Указ № 5 подписал В.В. Путин.",
					"Next.");
	}

	@Test
	void keepsClosingQuotesWithTheSentenceAndDoesNotSplitBeforeAContinuation() {
		String text = "Президент сказал: «Это было бы серьёзной ошибкой.» Переговоры продолжатся. «Нет.» — ответил он.";
		List<Sentence> sentences = this.splitter.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("Президент сказал: «Это было бы серьёзной ошибкой.»", "Переговоры продолжатся.",
					"«Нет.» — ответил он.");
		assertThat(sentences).allSatisfy((s) -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
	}

	@Test
	void splitsAtLineBreaksEvenWithoutPunctuation() {
		assertThat(this.splitter.split("Heading without a period\nBody text.")).extracting(Sentence::text)
			.containsExactly("Heading without a period", "Body text.");
	}

	@Test
	void splitsASentenceRunOnIntoAQuotedOneWithoutASpace() {
		String text = "The envoys talked about the harvest.\"We will meet again in Vienna,\" one of them said. "
				+ "Both agreed that it went well!\"Good,\" he added.";
		List<Sentence> sentences = this.splitter.split(text);
		assertThat(sentences).extracting(Sentence::text)
			.containsExactly("The envoys talked about the harvest.",
					"\"We will meet again in Vienna,\" one of them said.", "Both agreed that it went well!",
					"\"Good,\" he added.");
		assertThat(sentences).allSatisfy((s) -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
	}

	@Test
	void keepsAClosingQuoteOfARunOnWithItsOwnSentence() {
		String text = "She wrote \"the port is closed.\"The ferry left anyway. He said “thank you.”Then he left.";
		assertThat(this.splitter.split(text)).extracting(Sentence::text)
			.containsExactly("She wrote \"the port is closed.\"", "The ferry left anyway.", "He said “thank you.”",
					"Then he left.");
	}

	@Test
	void doesNotSplitAcronymsNumbersOrAQuoteFollowedByLowerCaseOrASpace() {
		String text = "Officials of the U.S.\"Team\" arrived with 2.5 tonnes of aid. He called it \"done.\" then left. "
				+ "The word was \"fine.\"and nothing more.";
		assertThat(this.splitter.split(text)).extracting(Sentence::text)
			.containsExactly("Officials of the U.S.\"Team\" arrived with 2.5 tonnes of aid.",
					"He called it \"done.\" then left.", "The word was \"fine.\"and nothing more.");
	}

}
