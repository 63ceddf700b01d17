package org.kremlinwatch.events.v1;

/** What kind of thing a named entity is. */
public enum EntityType {

	PERSON, ORG, PLACE, COUNTRY

}
