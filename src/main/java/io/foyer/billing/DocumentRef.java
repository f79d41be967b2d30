package io.foyer.billing;

import io.foyer.shared.Money;

/** A billing document as other modules see it. */
public record DocumentRef(long id, long accountId, DocumentKind kind, String number, Money gross, boolean paid) {}
