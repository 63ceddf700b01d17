/**
 * The offline command {@code kremlinwatch extract}: JSON lines or Kremlin pages in,
 * ReleaseTagged JSON lines out.
 */
package org.kremlinwatch.extract.cli;
