package org.entente.analyze.extract;

import java.util.List;
import org.entente.analyze.Direction;
import org.entente.analyze.EventStatus;
import org.entente.analyze.EventType;
import org.entente.analyze.actor.ActorRef;
import org.entente.analyze.lexicon.Cue;

/**
 * A report found in one sentence before it is dated and its participants named.
 *
 * @param type      contact, meeting or shared position
 * @param status    occurred or planned
 * @param cue       the trigger that made it
 * @param refs      the actor references chosen as its participants
 * @param anaphora  whether a side may still come from the passage (les deux parties, ils, il)
 * @param direction for shared positions
 * @param location  where a meeting took place, or empty
 */
record Draft(EventType type, EventStatus status, Cue cue, List<ActorRef> refs, Anaphora anaphora,
             Direction direction, String location) {

    enum Anaphora { NONE, BOTH, PERSON }

    Draft {
        refs = List.copyOf(refs);
    }
}
