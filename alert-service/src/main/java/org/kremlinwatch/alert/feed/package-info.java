/**
 * What a subscriber reads back: its recent alerts as JSON (Atom and ICS feeds come
 * later).
 */
package org.kremlinwatch.alert.feed;
