/**
 * Sentence splitting with character offsets, and the shared way of compiling rule
 * patterns.
 */
package org.kremlinwatch.extract.text;
