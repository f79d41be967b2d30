/**
 * Shared infrastructure without business rules: the embedded database, the clock, money and
 * customer-number value types, error handling and the web layout helpers every module uses.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.foyer.shared;
