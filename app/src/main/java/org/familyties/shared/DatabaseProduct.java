package org.familyties.shared;

import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on, for the few statements that are written differently for speed on
 * each (the SQL itself stays portable; this only chooses between portable forms).
 */
@Component
public class DatabaseProduct {

    private final JdbcTemplate template;
    private volatile String name;

    DatabaseProduct(JdbcTemplate template) {
        this.template = template;
    }

    public boolean isPostgres() {
        return name().contains("postgres");
    }

    public boolean isH2() {
        return name().equals("h2");
    }

    private String name() {
        String known = name;
        if (known == null) {
            known = template.execute((ConnectionCallback<String>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT));
            name = known;
        }
        return known;
    }
}
