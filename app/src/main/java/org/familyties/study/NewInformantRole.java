package org.familyties.study;

public record NewInformantRole(String code, String name, String pseudonymSuffix, boolean child) {
}
