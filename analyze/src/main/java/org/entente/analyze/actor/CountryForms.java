package org.entente.analyze.actor;

import java.util.ArrayList;
import java.util.List;

/**
 * The words that name one state: its names, capital and other metonyms, demonym adjectives and
 * the prefix it takes in compounds ({@code sino-} in {@code sino-russe}). Mutable only while the
 * dictionary is being read.
 */
final class CountryForms {

    final String code;
    final List<String> names = new ArrayList<>();
    final List<String> capitals = new ArrayList<>();
    final List<String> metonyms = new ArrayList<>();
    final List<String> demonyms = new ArrayList<>();
    final List<String> prefixes = new ArrayList<>();

    CountryForms(String code) {
        this.code = code;
    }
}
