/**
 * The customer dashboard: what a member sees first in an account — personal data, the account's
 * billing data, its contacts and shortcuts to what they may do. Composes other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package io.foyer.dashboard;
