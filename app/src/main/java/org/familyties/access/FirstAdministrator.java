package org.familyties.access;

import java.security.SecureRandom;
import java.util.Set;

import org.familyties.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo there is no default password: when no administrator exists, the first one is created
 * from {@code FAMILYTIES_ADMIN_USERNAME} and {@code FAMILYTIES_ADMIN_PASSWORD}, or else with a one-time
 * password printed once, which must be changed at first sign-in.
 */
@Component
@Profile("!demo")
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Users users;
    private final Environment environment;

    FirstAdministrator(Users users, Environment environment) {
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasAdministrator()) {
            return;
        }
        String username = environment.getProperty("FAMILYTIES_ADMIN_USERNAME", "administrator");
        String password = environment.getProperty("FAMILYTIES_ADMIN_PASSWORD");
        NewUser admin;
        if (password != null && !password.isBlank()) {
            if (password.length() < Users.MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("FAMILYTIES_ADMIN_PASSWORD must have at least "
                        + Users.MIN_PASSWORD_LENGTH + " characters");
            }
            admin = new NewUser(username, "Administrator", password, Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of());
            users.create(admin);
            log.info("Created the first administrator '{}' from the environment", username);
        } else {
            String oneTime = oneTimePassword();
            admin = new NewUser(username, "Administrator", oneTime, Set.of(Role.ADMIN), Set.of(), Set.of(), Set.of());
            users.createWithOneTimePassword(admin);
            // Printed once on the console, never logged to files: it is useless after the first sign-in.
            System.out.println("First administrator '" + username + "' created with one-time password: " + oneTime
                    + " (it must be changed at first sign-in)");
        }
    }

    private static String oneTimePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
