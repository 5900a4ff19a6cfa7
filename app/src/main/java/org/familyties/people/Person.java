package org.familyties.people;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("person")
class Person {

    @Id
    private Long id;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String prisonNumber;
    private Long currentPrisonId;
    private Instant createdAt;
    @Version
    private Integer version;

    Person() {
    }

    Person(String givenName, String familyName, LocalDate dateOfBirth, String prisonNumber, Long currentPrisonId,
           Instant createdAt) {
        this.givenName = givenName;
        this.familyName = familyName;
        this.dateOfBirth = dateOfBirth;
        this.prisonNumber = prisonNumber;
        this.currentPrisonId = currentPrisonId;
        this.createdAt = createdAt;
    }

    PersonRecord toRecord() {
        return new PersonRecord(id, givenName, familyName, dateOfBirth, prisonNumber, currentPrisonId);
    }
}
