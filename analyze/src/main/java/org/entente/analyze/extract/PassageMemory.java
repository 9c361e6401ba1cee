package org.entente.analyze.extract;

import org.entente.analyze.Mention;

/**
 * What the previous sentences of the article said, for anaphora ({@code les deux parties},
 * {@code ils}) and for tying a shared position to the contact or meeting it was stated at.
 * One per article and per thread; never shared.
 */
final class PassageMemory {

    /** How far back (in sentences) an anaphor or an occasion may reach. */
    static final int REACH = 3;
    private static final int EVENT_REACH = 8;

    private Participants lastSeen = Participants.NONE;
    private int lastSeenA = -100;
    private int lastSeenB = -100;
    private java.util.List<String> lastPersonsA = java.util.List.of();
    private java.util.List<String> lastPersonsB = java.util.List.of();
    private Mention lastEvent;
    private int lastPersonSeenA = -100;
    private int lastPersonSeenB = -100;

    /**
     * Whether "les deux parties" can be the two sides: an exchange of theirs was just told, or people of each side were
     * named within reach. A country named in passing ("la guerre de la Russie") in a piece about China and the EU is not.
     */
    boolean bothSidesActive(int sentence, int reach) {
        if (lastEvent != null && sentence - lastEvent.sentence() <= EVENT_REACH) {
            // an exchange of the two told a few paragraphs up still frames what "les parties" did
            return true;
        }
        int a = sentence - lastPersonSeenA <= reach ? 1 : 0;
        int b = sentence - lastPersonSeenB <= reach ? 1 : 0;
        return a + b == 2 || (a + b == 1 && sentence - lastSeenA <= 1 && sentence - lastSeenB <= 1);
    }
    private final java.util.Set<String> namedInFull = new java.util.HashSet<>();
    private final java.util.Map<String, String> headsOfState = new java.util.HashMap<>();
    private org.entente.analyze.actor.ActorRef subject;
    private int subjectSentence = -100;

    /** The first person of a sentence: the subject a later "il a souligné" most likely stands for. */
    void sawSubject(int sentence, org.entente.analyze.actor.ActorRef person) {
        subject = person;
        subjectSentence = sentence;
    }

    /** That person when named in the sentence just before, else null. */
    org.entente.analyze.actor.ActorRef subjectBefore(int sentence) {
        return sentence - subjectSentence <= 1 ? subject : null;
    }

    /** A head of state the article named, by side: "les deux présidents" may point back to them past other people. */
    void namedHeadOfState(String country, String canonical) {
        headsOfState.putIfAbsent(country, canonical);
    }

    /** Both heads of state the article named, or NONE. */
    Participants headsOfState(String sideA, String sideB) {
        String a = headsOfState.get(sideA);
        String b = headsOfState.get(sideB);
        if (a == null || b == null) {
            return Participants.NONE;
        }
        return new Participants(java.util.List.of(a), java.util.List.of(b), true, true);
    }

    void saw(int sentence, Participants p) {
        if (p.hasA()) {
            lastSeenA = sentence;
            if (!p.a().isEmpty()) {
                lastPersonsA = p.a();
                lastPersonSeenA = sentence;
            }
        }
        if (p.hasB()) {
            lastSeenB = sentence;
            if (!p.b().isEmpty()) {
                lastPersonsB = p.b();
                lastPersonSeenB = sentence;
            }
        }
        lastSeen = p;
    }

    void sawEvent(Mention mention) {
        lastEvent = mention;
    }

    void namedInFull(String canonical) {
        namedInFull.add(canonical);
    }

    boolean wasNamedInFull(String canonical) {
        return namedInFull.contains(canonical);
    }

    /** Both sides as the passage last named them, or NONE when one side is out of reach. */
    Participants both(int sentence, int reach) {
        if (lastEvent != null && sentence - lastEvent.sentence() <= reach) {
            return new Participants(lastEvent.participantsA(), lastEvent.participantsB(), true, true);
        }
        boolean a = sentence - lastSeenA <= reach;
        boolean b = sentence - lastSeenB <= reach;
        if (!a || !b) {
            return Participants.NONE;
        }
        return new Participants(lastPersonsA, lastPersonsB, true, true);
    }

    /** The side last named by a person, for a singular pronoun; NONE when out of reach. */
    Participants lastPerson(int sentence, boolean sideA) {
        if (sideA && sentence - lastSeenA <= 1 && !lastPersonsA.isEmpty()) {
            return new Participants(lastPersonsA, java.util.List.of(), true, false);
        }
        if (!sideA && sentence - lastSeenB <= 1 && !lastPersonsB.isEmpty()) {
            return new Participants(java.util.List.of(), lastPersonsB, false, true);
        }
        return Participants.NONE;
    }
}
