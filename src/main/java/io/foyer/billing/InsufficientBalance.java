package io.foyer.billing;

/** The account's balance does not cover the amount. */
public class InsufficientBalance extends RuntimeException {
    public InsufficientBalance() {
        super("The balance does not cover the amount");
    }
}
