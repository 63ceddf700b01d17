package org.kremlinwatch.events.v1;

/** Whether a meeting lies ahead of the release that mentions it or has taken place. */
public enum EventStatus {

	/** It will take place after the release's publication. */
	ANNOUNCED,
	/** The release reports that it took place. */
	HELD

}
