package io.foyer.account.web;

import io.foyer.account.AccountScopedId;
import io.foyer.account.ApiPrincipal;
import io.foyer.account.CurrentAccount;
import io.foyer.account.Permission;
import io.foyer.account.RequiresPermission;
import io.foyer.account.internal.AccessCheck;
import io.foyer.account.internal.SignInRecords;
import io.foyer.identity.FoyerUser;
import io.foyer.identity.Impersonation;
import io.foyer.shared.web.ClientIp;
import io.foyer.shared.web.ForbiddenException;
import io.foyer.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one access check for account-scoped pages and API calls: a path with {@code {accountId}}
 * answers 404 unless the caller is a member of that account (and, for a token, the token is bound
 * to it), 403 with an explanation ({@link io.foyer.account.internal.IpNotAllowed}) when the request
 * comes from outside the account's allowed IP ranges, and 403 unless they hold every permission the
 * handler requires.
 */
@Component
class AccountAccessInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = CurrentAccount.class.getName();
    private static final String VISITED = "io.foyer.account.VISITED.";
    private final AccessCheck access;
    private final SignInRecords signIns;
    private final Map<String, AccountScopedId> scopedIds;

    AccountAccessInterceptor(AccessCheck access, SignInRecords signIns, List<AccountScopedId> scopedIds) {
        this.access = access;
        this.signIns = signIns;
        this.scopedIds =
                scopedIds.stream().collect(Collectors.toMap(AccountScopedId::pathVariable, Function.identity()));
    }

    boolean knowsVariable(String name) {
        return scopedIds.containsKey(name);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("accountId")) {
            return true;
        }
        RequiresPermission required = requirement(method);
        long accountId = parse(variables.get("accountId"));
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object principal = auth == null ? null : auth.getPrincipal();
        Optional<CurrentAccount> current;
        if (principal instanceof FoyerUser user) {
            if (auth.getDetails() instanceof Impersonation impersonation) {
                // Staff viewing as a customer see the one account they opened, not the user's others.
                current = impersonation.accountId() == accountId
                        ? access.resolveForStaff(accountId, user.id())
                        : Optional.empty();
            } else {
                current = access.resolve(accountId, user.id(), null, ClientIp.address(request));
                current.ifPresent(account -> recordFirstVisit(request, account.accountId(), user.id()));
            }
        } else if (principal instanceof ApiPrincipal token) {
            current = token.accountId() == accountId
                    ? access.resolve(accountId, token.userId(), token.permissions(), ClientIp.address(request))
                    : Optional.empty();
        } else {
            current = Optional.empty();
        }
        CurrentAccount account = current.orElseThrow(NotFoundException::new);
        for (Permission permission : required.value()) {
            if (!account.can(permission)) {
                throw new ForbiddenException();
            }
        }
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (variable.getKey().equals("accountId")) {
                continue;
            }
            AccountScopedId scope = scopedIds.get(variable.getKey());
            if (scope == null || !scope.visible().test(account, parse(variable.getValue()))) {
                throw new NotFoundException();
            }
        }
        request.setAttribute(ATTRIBUTE, account);
        return true;
    }

    /**
     * The first request of a signed-in session into an account records the member's address for the
     * account's "last sign-ins"; a flag in the session keeps it to one insert per session, account and
     * member, so later requests cost only the flag's lookup.
     */
    private void recordFirstVisit(HttpServletRequest request, long accountId, long userId) {
        HttpSession session = request.getSession(false);
        String flag = VISITED + userId + "." + accountId;
        if (session != null && session.getAttribute(flag) == null) {
            signIns.record(accountId, userId, ClientIp.of(request));
            session.setAttribute(flag, Boolean.TRUE);
        }
    }

    static RequiresPermission requirement(HandlerMethod method) {
        RequiresPermission onMethod =
                AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
        RequiresPermission annotation = onMethod != null
                ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
        if (annotation == null) {
            throw new IllegalStateException(method + " has {accountId} in its path but no @RequiresPermission");
        }
        return annotation;
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
