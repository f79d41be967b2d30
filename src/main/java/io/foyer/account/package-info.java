/**
 * Accounts — what holds products, invoices and tickets — and who may act in them: members with
 * permissions, the single owner, invitations, contacts, the invoice recipient, account settings,
 * personal access tokens and the account audit log. Also the access check every account-scoped
 * page and API call goes through ({@link io.foyer.account.RequiresPermission}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account")
package io.foyer.account;
