package org.kremlinwatch.extract.topic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.kremlinwatch.events.v1.Lang;

/**
 * A text as Lucene's Russian or English analyzer sees it: lower-cased stems (санкциями →
 * санкц, expansion → expans) without stop words, each at its word position, so that rules
 * can ask for terms, phrases and terms near each other. Analyzers are thread-safe.
 *
 * @param stems the stems in text order
 * @param positions the word position of each stem (stop words keep their place)
 */
record Stems(List<String> stems, int[] positions) {

	private static final Analyzer ENGLISH = new EnglishAnalyzer();

	private static final Analyzer RUSSIAN = new RussianAnalyzer();

	static Stems of(Lang lang, String text) {
		List<String> stems = new ArrayList<>();
		int[] positions = new int[16];
		Analyzer analyzer = (lang == Lang.en) ? ENGLISH : RUSSIAN;
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				if (stems.size() == positions.length) {
					positions = java.util.Arrays.copyOf(positions, positions.length * 2);
				}
				positions[stems.size()] = position;
				stems.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Stems(stems, positions);
	}

	/** Word positions at which {@code phrase} (stems in a row) starts. */
	List<Integer> find(List<String> phrase) {
		List<Integer> found = new ArrayList<>(2);
		int size = this.stems.size();
		for (int i = 0; i + phrase.size() <= size; i++) {
			boolean all = true;
			for (int k = 0; k < phrase.size() && all; k++) {
				all = this.stems.get(i + k).equals(phrase.get(k))
						&& (k == 0 || this.positions[i + k] - this.positions[i + k - 1] <= 2);
			}
			if (all) {
				found.add(this.positions[i]);
			}
		}
		return found;
	}

}
