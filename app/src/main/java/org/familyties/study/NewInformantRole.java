package org.familyties.study;

public record NewInformantRole(String code, String name, String pseudonymSuffix, Boolean child) {

    public NewInformantRole {
        child = Boolean.TRUE.equals(child);
    }
}
