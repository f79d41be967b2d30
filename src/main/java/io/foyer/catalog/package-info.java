/**
 * The provider's catalog: products (web hosting, virtual and dedicated servers, add-ons), their
 * plans with configuration values, billing periods and prices and setup fees per currency. Staff
 * edit it in the console; customers and other modules read it through {@link Catalog}.
 */
package io.foyer.catalog;
