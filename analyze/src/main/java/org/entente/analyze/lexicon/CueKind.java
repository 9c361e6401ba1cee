package org.entente.analyze.lexicon;

import java.util.Locale;

/**
 * The categories of the trigger lexicon. The lower-case name, with '_' written '-', is the first
 * field of a lexicon line. What each decides is described in analyze/README.md.
 */
public enum CueKind {
    /** A remote exchange by itself: contact. */
    CONTACT,
    /** An in-person encounter or talks: meeting, unless a remote marker is near. */
    MEETING,
    /** Travel to the other side: meeting, whose destination names the other side. */
    VISIT,
    /** Makes a meeting word a contact (téléphone, visioconférence). */
    REMOTE,
    /**
     * A gathering of many states ({@code G20}, {@code sommet des BRICS}): a meeting word whose object it is
     * reports attendance, which is no encounter of the two sides (codebook: multilateral summits).
     */
    MULTILATERAL,
    /** Before a trigger in its clause: announced, not yet happened. */
    PLANNED,
    /** Before a trigger in its clause: only a possibility; the report is dropped. */
    HYPOTHETICAL,
    /** Second half of a negation ({@code pas}, {@code jamais}); {@code aucun} and {@code sans} negate alone. */
    NEGATOR,
    /** Before a trigger: refused, denied, cancelled; the report is dropped. */
    REFUSAL,
    /** Anywhere in the clause: habitual or generic statement with no occasion; dropped. */
    GENERIC,
    /** One side backs the other (its direction is read from holder and target). */
    SUPPORT,
    /**
     * Working with the other side ({@code travailler avec}, {@code approfondir son partenariat avec}):
     * a position only when stated, that is in reported speech or after a commitment word.
     */
    COOPERATE,
    /** Readiness or resolve ({@code prêt à}, {@code disposé à}, {@code entend}) that makes cooperation a stance. */
    COMMITMENT,
    /** Reciprocal or common stance: joint when both sides are present. */
    MUTUAL,
    /** A statement or commitment verb: joint when its subject is both sides and it bears on their relations. */
    STATEMENT,
    /** What a joint statement bears on: relations, ties, cooperation. */
    RELATION,
    /** Right after a support word: material help (trade, arms, energy), not a statement. */
    MATERIAL,
    /** Verbs of saying that introduce reported speech with que. */
    SPEECH,
    /** Verbs of allegation: a claim whose speaker is no actor of the dyad is a third party's, not a position. */
    CLAIM,
    /** Anaphora for both sides ({@code les deux parties}, {@code ils}, {@code leur}). */
    BOTH,
    /** A singular pronoun for a person ({@code il}, {@code lui}). */
    PRONOUN,
    /**
     * A fixed phrase whose words are no cue of any other kind ({@code compte rendu} holds no "compte" of a plan):
     * cues inside it are dropped.
     */
    IDIOM;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CueKind fromLabel(String label) {
        for (CueKind k : values()) {
            if (k.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }
}
