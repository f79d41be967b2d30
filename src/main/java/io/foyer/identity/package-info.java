/**
 * Who someone is: customer users (email, password, name, language, phone), staff users, the
 * password policy, email verification, password reset and the login itself, with its second
 * step (authenticator apps, recovery codes, passkeys) and the provider's two-factor policy
 * ({@link io.foyer.identity.TwoFactorPolicy}). Knows nothing of
 * accounts; the account module tells it, through {@link io.foyer.identity.LoginNameResolver},
 * which user a customer number belongs to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.foyer.identity;
