/**
 * Accuracy, measured: the labeled development set (module folder {@code eval/}) scored
 * against the engine's output, release texts read in place from the third-party corpus.
 */
package org.kremlinwatch.extract.eval;
