package org.kremlinwatch.extract.text;

import java.util.List;

/**
 * Plain scans that tell, before a regular expression runs, whether it could match at all:
 * most sentences name no month and hold no digit, and a scan is far cheaper than the
 * expression.
 */
public final class Scans {

	private Scans() {
	}

	/** Whether {@code text} holds a digit. */
	public static boolean hasDigit(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code lowerCaseText} contains one of {@code needles}.
	 * @param lowerCaseText the text, lower-cased like the needles
	 * @param needles lower-case literals
	 * @return whether one occurs
	 */
	public static boolean containsAny(String lowerCaseText, String[] needles) {
		for (String needle : needles) {
			if (lowerCaseText.contains(needle)) {
				return true;
			}
		}
		return false;
	}

	/** Like {@link #containsAny(String, String[])}, for needles kept in a list. */
	public static boolean containsAny(String lowerCaseText, List<String> needles) {
		for (String needle : needles) {
			if (lowerCaseText.contains(needle)) {
				return true;
			}
		}
		return false;
	}

}
