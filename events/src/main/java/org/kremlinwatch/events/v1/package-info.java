/**
 * Version 1 of the event records. Within v1 only optional fields are added; renaming or
 * retyping a field is a breaking change that needs v2 on a new topic. The golden-JSON
 * tests guard this.
 */
package org.kremlinwatch.events.v1;
