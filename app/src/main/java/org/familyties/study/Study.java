package org.familyties.study;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("study")
class Study {

    @Id
    private Long id;
    private String code;
    private String title;
    @Version
    private Integer version;

    Study() {
    }

    Study(String code, String title) {
        this.code = code;
        this.title = title;
    }

    StudySummary toSummary() {
        return new StudySummary(id, code, title);
    }
}
