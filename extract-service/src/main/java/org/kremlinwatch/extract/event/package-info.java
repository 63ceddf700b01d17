/**
 * Calls, meetings and warnings, found sentence by sentence.
 */
package org.kremlinwatch.extract.event;
