package org.kremlinwatch.extract.text;

import java.util.BitSet;

/**
 * The pairs of adjacent characters of a text, hashed into a bit set in one pass: a string
 * with a pair of adjacent characters absent from it cannot occur in the text, which
 * spares scanning a long transcript once per gazetteer name. Collisions only let a string
 * through to the exact test.
 */
public final class Bigrams {

	private static final int SIZE = 1 << 16;

	private final BitSet pairs = new BitSet(SIZE);

	private Bigrams(String text) {
		for (int i = 0; i + 1 < text.length(); i++) {
			this.pairs.set(hash(text.charAt(i), text.charAt(i + 1)));
		}
	}

	/** The pairs of {@code text}. */
	public static Bigrams of(String text) {
		return new Bigrams(text);
	}

	/**
	 * Whether {@code literal} can occur in the text; strings under two characters can.
	 */
	public boolean mayContain(String literal) {
		// Every adjacent pair, not only the first: with a gazetteer of a few hundred
		// names, "Riga" or "Samara" must not cost a scan of each transcript whose text
		// merely has "Ri" or "Sa".
		for (int i = 0; i + 1 < literal.length(); i++) {
			if (!this.pairs.get(hash(literal.charAt(i), literal.charAt(i + 1)))) {
				return false;
			}
		}
		return true;
	}

	private static int hash(char first, char second) {
		return ((first * 31) ^ (second * 0x9E37)) & (SIZE - 1);
	}

}
