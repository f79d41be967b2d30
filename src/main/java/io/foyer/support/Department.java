package io.foyer.support;

/** A department tickets are filed under (Technical and Financial to start with). */
public record Department(long id, String name) {}
