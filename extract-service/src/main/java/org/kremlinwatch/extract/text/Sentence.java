package org.kremlinwatch.extract.text;

import java.util.Locale;

/**
 * A sentence of a release text with its offsets, so that evidence can point back into the
 * text: {@code text.substring(start, end).equals(text())}.
 *
 * @param text the sentence as it stands in the release text
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param lowerCase the text lower-cased once, for the cheap word checks that let the
 * rules skip their regular expressions
 */
public record Sentence(String text, int start, int end, String lowerCase) {

	public Sentence(String text, int start, int end) {
		this(text, start, end, text.toLowerCase(Locale.ROOT));
	}

}
