package org.entente.analyze.actor;

/** What kind of words named an actor; the event rules treat them differently. */
public enum ActorKind {
    /** A named person ({@code Wang Yi}, {@code M. Xi}). */
    PERSON,
    /** An office without a name ({@code le ministre chinois des Affaires étrangères}). */
    OFFICE,
    /** An institution ({@code le ministère russe de la Défense}, {@code la partie chinoise}). */
    INSTITUTION,
    /** The state by name, capital or metonym ({@code la Chine}, {@code Moscou}, {@code le Kremlin}). */
    STATE,
    /** A state named as a place ({@code à Moscou}, {@code en Chine}): the destination of a visit, not a speaker. */
    PLACE
}
