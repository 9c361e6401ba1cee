package org.entente.analyze.actor;

/**
 * An office or institution phrase as the dictionary gives it.
 *
 * @param country the country it applies to, or {@code *} for every country (the {@code {C}} qualifier then says which)
 * @param office  the office key; null for an institution
 * @param phrase  the phrase, possibly with the {@code {C}} placeholder
 * @param origin  file and line, for error messages
 */
record PhraseEntry(String country, String office, String phrase, String origin) {
}
