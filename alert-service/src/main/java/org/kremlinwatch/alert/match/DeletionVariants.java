package org.kremlinwatch.alert.match;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each word, then the word with each one of its letters deleted, at the same
 * position. If two words are at most one edit apart (insertion, deletion, substitution or
 * transposition of neighbours), their sets of variants meet: the "deletion neighbourhood"
 * that lets an index look up fuzzy terms by exact terms.
 */
final class DeletionVariants extends TokenFilter {

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);

	private char[] word = new char[0];

	private int length;

	private int next = Integer.MAX_VALUE;

	DeletionVariants(TokenStream input) {
		super(input);
	}

	/** The word and its one-letter deletions, as the filter emits them. */
	static Set<String> of(String word) {
		Set<String> variants = new LinkedHashSet<>();
		variants.add(word);
		if (word.length() > 1) {
			for (int i = 0; i < word.length(); i++) {
				variants.add(word.substring(0, i) + word.substring(i + 1));
			}
		}
		return variants;
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (this.next < this.length) {
			this.term.setEmpty()
				.append(new String(this.word, 0, this.next))
				.append(new String(this.word, this.next + 1, this.length - this.next - 1));
			this.position.setPositionIncrement(0);
			this.next++;
			return true;
		}
		if (!this.input.incrementToken()) {
			return false;
		}
		this.length = this.term.length();
		this.word = Arrays.copyOf(this.term.buffer(), this.length);
		this.next = (this.length > 1) ? 0 : Integer.MAX_VALUE;
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		this.next = Integer.MAX_VALUE;
		this.length = 0;
	}

}
