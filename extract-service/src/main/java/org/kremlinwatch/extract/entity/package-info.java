/**
 * Named entities from the YAML gazetteer, under canonical English names.
 */
package org.kremlinwatch.extract.entity;
