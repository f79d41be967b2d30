/**
 * Demo data for trying Foyer out: only with the Spring profile {@code demo}, never otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package io.foyer.demo;
