/**
 * Date expressions in Russian and English, resolved against the publication date.
 */
package org.kremlinwatch.extract.date;
