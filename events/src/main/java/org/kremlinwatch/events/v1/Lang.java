package org.kremlinwatch.events.v1;

/**
 * The language version of a release: {@code ru} for kremlin.ru, {@code en} for
 * en.kremlin.ru. The constants are lower case because their names are the wire values.
 */
public enum Lang {

	ru, en;

	/** The other language version of the same release. */
	public Lang other() {
		return (this == ru) ? en : ru;
	}

}
