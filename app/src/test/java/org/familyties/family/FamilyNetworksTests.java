package org.familyties.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.familyties.audit.AuditLog;
import org.familyties.people.People;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.support.FamilyTiesTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FamilyTiesTest
class FamilyNetworksTests {

    @Autowired
    FamilyNetworks networks;
    @Autowired
    People people;
    @Autowired
    AuditLog auditLog;

    @Test
    void relationshipsBetweenAnyTwoPeopleAreKeptWithTheirDatesAndAudited() {
        long mother = people.registerFamilyMember("Ann", "Network", LocalDate.of(1990, 1, 1));
        long child = people.registerFamilyMember("Ben", "Network", LocalDate.of(2018, 3, 3));
        long grandmother = people.registerFamilyMember("Cath", "Network", LocalDate.of(1960, 2, 2));
        RelationshipView parent = networks.relate(mother, child, RelationshipKind.PARENT_OF, null, null);
        RelationshipView carer = networks.relate(grandmother, child, RelationshipKind.CARES_FOR,
                LocalDate.of(2024, 1, 1), null);

        assertThat(networks.among(List.of(mother, child, grandmother))).extracting(RelationshipView::kind)
                .containsExactly(RelationshipKind.PARENT_OF, RelationshipKind.CARES_FOR);
        assertThat(networks.among(List.of(mother, grandmother))).isEmpty();
        assertThat(auditLog.historyOf(FamilyNetworks.RECORD_TYPE, String.valueOf(carer.id()))).hasSize(1);

        RelationshipView ended = networks.end(carer.id(), List.of(grandmother, child), LocalDate.of(2025, 6, 1));
        assertThat(ended.currentOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(ended.currentOn(LocalDate.of(2024, 7, 1))).isTrue();
        assertThatThrownBy(() -> networks.end(parent.id(), List.of(mother), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void refusesSelfRelationshipsFutureStartsAndEndsBeforeStarts() {
        long a = people.registerFamilyMember("Dee", "Rules", null);
        long b = people.registerFamilyMember("Eve", "Rules", null);
        assertThatThrownBy(() -> networks.relate(a, a, RelationshipKind.SIBLING_OF, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("two different people");
        assertThatThrownBy(() -> networks.relate(a, b, RelationshipKind.LIVES_WITH, LocalDate.now().plusDays(3), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> networks.relate(a, b, RelationshipKind.LIVES_WITH, LocalDate.of(2024, 5, 1),
                LocalDate.of(2023, 5, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("before the start");
        assertThat(networks.among(List.of(a, b))).isEmpty();
    }

    @Test
    void theDiagramIsAnAccessibleSvgWithTextLabelsAndEscapedNames() {
        var nodes = List.of(new NetworkDiagram.Node(1, "Sam <Prisoner>", "Person in prison"),
                new NetworkDiagram.Node(2, "Ria & Co", "Partner"), new NetworkDiagram.Node(3, "Kit", "Child, 6"));
        var rels = List.of(new RelationshipView(10, 2, 1, RelationshipKind.PARTNER_OF, null, null),
                new RelationshipView(11, 2, 3, RelationshipKind.CARES_FOR, null, LocalDate.of(2025, 1, 1)));
        String svg = NetworkDiagram.render(1, nodes, rels, k -> k.name().toLowerCase(), "Family network", "Three people.");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"network-title\">Family network</title>",
                "Sam &lt;Prisoner&gt;", "Ria &amp; Co", ">partner_of</text>", "stroke-dasharray", "Child, 6");
        assertThat(svg).contains("Ria &amp; Co: cares_for Kit (ended 2025-01-01).");
        assertThat(svg.split("<line ", -1)).hasSize(3);
        assertThat(svg).doesNotContain("<script");
    }
}
