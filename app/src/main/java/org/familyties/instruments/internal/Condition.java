package org.familyties.instruments.internal;

import java.util.List;
import org.familyties.instruments.FieldReference;
import org.familyties.instruments.Responses;

/** A node of parsed branching logic that is true or false for a record. */
public sealed interface Condition permits Conditions.Or, Conditions.And, Conditions.Not, Conditions.Comparison {

    boolean holds(Responses responses);

    void collectReferences(List<FieldReference> into);
}
