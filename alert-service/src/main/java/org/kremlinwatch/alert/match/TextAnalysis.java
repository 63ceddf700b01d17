package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * How a release's title and text are cut into terms, for Russian and English alike:
 * Unicode word boundaries, lower case, ё read as е. No stemming: a subscriber writes
 * {@code Женев*} to catch Женева, Женеве, Женевой, which says plainly what matches, and a
 * stemmer would have to guess the language of every query.
 */
final class TextAnalysis {

	/** The one text field of a release: title and text. */
	static final String FIELD = "text";

	/**
	 * Every start (up to {@link #MAX_PREFIX} letters) of every word of the text: a prefix
	 * query becomes a lookup of one term here, which the monitor can index like any word,
	 * instead of a scan that every release would have to run.
	 */
	static final String PREFIX_FIELD = "text_prefix";

	static final int MAX_PREFIX = 24;

	/**
	 * Every word of the text and every way of deleting one letter from it: two words one
	 * edit apart always share one of these, so a fuzzy term ({@code word~1}) can be
	 * looked up as a few terms here before its automaton runs (see {@link TextQuery}).
	 */
	static final String FUZZY_FIELD = "text_fuzzy";

	/** Thread-safe, like every Lucene analyzer. */
	static final Analyzer ANALYZER = new RussianEnglishAnalyzer();

	private TextAnalysis() {
	}

	/** {@code text} indexed in both fields, for running queries against it. */
	static MemoryIndex index(String text) {
		MemoryIndex index = new MemoryIndex();
		index.addField(FIELD, text, ANALYZER);
		index.addField(PREFIX_FIELD, text, ANALYZER);
		index.addField(FUZZY_FIELD, text, ANALYZER);
		return index;
	}

	/** The distinct terms of {@code text}. */
	static Set<String> terms(String text) {
		Set<String> terms = new HashSet<>();
		try (TokenStream stream = ANALYZER.tokenStream(FIELD, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading a string cannot fail", ex);
		}
		return terms;
	}

	private static final class RussianEnglishAnalyzer extends Analyzer {

		private static final NormalizeCharMap YO;

		static {
			NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
			builder.add("ё", "е");
			builder.add("Ё", "Е");
			YO = builder.build();
		}

		RussianEnglishAnalyzer() {
			// The two fields are analyzed differently: reuse components per field.
			super(PER_FIELD_REUSE_STRATEGY);
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream words = new LowerCaseFilter(tokenizer);
			if (PREFIX_FIELD.equals(fieldName)) {
				words = new EdgeNGramTokenFilter(words, 1, MAX_PREFIX, true);
			}
			else if (FUZZY_FIELD.equals(fieldName)) {
				words = new DeletionVariants(words);
			}
			return new TokenStreamComponents(tokenizer, words);
		}

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return new MappingCharFilter(YO, reader);
		}

		// Prefix and wildcard terms of a query are normalized, not tokenized: the same
		// letters must come out.
		@Override
		protected Reader initReaderForNormalization(String fieldName, Reader reader) {
			return new MappingCharFilter(YO, reader);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new LowerCaseFilter(in);
		}

	}

}
