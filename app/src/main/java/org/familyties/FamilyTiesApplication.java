package org.familyties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FamilyTiesApplication {

    public static void main(String[] args) {
        SpringApplication.run(FamilyTiesApplication.class, args);
    }
}
