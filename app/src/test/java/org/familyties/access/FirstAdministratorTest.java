package org.familyties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import org.familyties.shared.Role;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.env.MockEnvironment;

class FirstAdministratorTest {

    private final Users users = mock(Users.class);

    @Test
    void createsTheAdministratorFromTheEnvironment() {
        var env = new MockEnvironment().withProperty("FAMILYTIES_ADMIN_USERNAME", "chief")
                .withProperty("FAMILYTIES_ADMIN_PASSWORD", "a-long-enough-password");
        new FirstAdministrator(users, env).run(null);
        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(users).create(created.capture());
        assertThat(created.getValue().username()).isEqualTo("chief");
        assertThat(created.getValue().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void refusesAShortPasswordFromTheEnvironment() {
        var env = new MockEnvironment().withProperty("FAMILYTIES_ADMIN_PASSWORD", "short");
        assertThatThrownBy(() -> new FirstAdministrator(users, env).run(null))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void withoutAPasswordPrintsAOneTimePasswordOnce() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out));
        try {
            new FirstAdministrator(users, new MockEnvironment()).run(null);
        } finally {
            System.setOut(original);
        }
        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(users).createWithOneTimePassword(created.capture());
        String password = created.getValue().password();
        assertThat(password).hasSize(20);
        assertThat(out.toString()).contains(password).contains("must be changed");
        verify(users, never()).create(any());
    }

    @Test
    void doesNothingWhenAnAdministratorExists() {
        when(users.hasAdministrator()).thenReturn(true);
        new FirstAdministrator(users, new MockEnvironment()).run(null);
        verify(users, never()).create(any());
        verify(users, never()).createWithOneTimePassword(any());
    }
}
