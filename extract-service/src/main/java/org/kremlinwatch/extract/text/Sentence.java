package org.kremlinwatch.extract.text;

/**
 * A sentence of a release text with its offsets, so that evidence can point back into the
 * text: {@code text.substring(start, end).equals(text())}.
 *
 * @param text the sentence as it stands in the release text
 * @param start offset of its first character
 * @param end offset just past its last character
 */
public record Sentence(String text, int start, int end) {

}
