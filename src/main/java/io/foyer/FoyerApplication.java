package io.foyer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FoyerApplication {
    public static void main(String[] args) {
        SpringApplication.run(FoyerApplication.class, args);
    }
}
