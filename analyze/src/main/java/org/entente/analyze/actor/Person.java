package org.entente.analyze.actor;

import java.util.List;
import java.util.Objects;

/**
 * A person of one side, under the canonical name the exports write.
 *
 * @param name    canonical name, e.g. {@code Sergueï Lavrov}
 * @param country the side's country code
 * @param terms   offices held, in file order
 */
public record Person(String name, String country, List<Term> terms) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        terms = List.copyOf(terms);
    }

    Person withTerm(Term term) {
        List<Term> more = new java.util.ArrayList<>(terms);
        more.add(term);
        return new Person(name, country, more);
    }
}
