package org.entente.analyze.actor;

import java.util.List;
import java.util.Objects;

/**
 * A reference to one side's actor found in a sentence.
 *
 * @param start      offset of the first character in the sentence
 * @param end        offset after the last character
 * @param country    the side's country code
 * @param kind       how it was named
 * @param candidates for a person, who it may be (a bare surname shared by two people gives two); else empty
 * @param office     for an office, its key; else null
 * @param text       the words matched, folded
 */
public record ActorRef(int start, int end, String country, ActorKind kind, List<Person> candidates,
                       String office, String text) {

    public ActorRef {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        candidates = List.copyOf(candidates);
    }

    public boolean isPerson() {
        return kind == ActorKind.PERSON;
    }

    public ActorRef withKind(ActorKind newKind) {
        return new ActorRef(start, end, country, newKind, candidates, office, text);
    }

    public ActorRef withCandidates(List<Person> chosen) {
        return new ActorRef(start, end, country, kind, chosen, office, text);
    }
}
