package io.foyer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.internal.ApiTokens;
import io.foyer.account.internal.MemberManagement;
import io.foyer.billing.Billing;
import io.foyer.billing.DocumentOrigin;
import io.foyer.billing.DraftLine;
import io.foyer.shared.Money;
import io.foyer.support.Fixtures;
import io.foyer.support.IntegrationTest;
import io.foyer.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Calls every account-scoped page and API endpoint — found from the application's own request
 * mappings, so new endpoints join automatically — with another account's ids (must answer 404)
 * and as a member lacking the required permission (must answer 403).
 */
@IntegrationTest
class AuthorizationIntegrationTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MemberManagement members;

    @Autowired
    io.foyer.catalog.CatalogAdministration catalog;

    @Autowired
    DemoSupport support;

    @Autowired
    io.foyer.ordering.internal.Checkout checkout;

    @Autowired
    Billing billing;

    @Autowired
    io.foyer.support.SupportTickets tickets;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Fixtures.UserAndAccount mine;
    private Fixtures.UserAndAccount other;
    private Map<String, Long> otherObjects;

    /** {@code multipart}: the handler takes multipart/form-data (uploads), so it is called with such a body. */
    record Endpoint(RequestMethod method, String pattern, Set<Permission> required, boolean multipart) {
        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    @BeforeEach
    void twoAccountsWithOneObjectOfEachKind() {
        mine = fixtures.owner("authz-mine");
        other = fixtures.owner("authz-other");
        var otherMember = fixtures.member(other.account(), "authz-other-member", Set.of(Permission.BILLING));
        long otherContact = fixtures.contact(other.account().id(), "Other Contact");
        long otherInvitation = members.invite(
                other.account().id(),
                Fixtures.uniqueEmail("authz-invitee"),
                new io.foyer.account.internal.MemberData(Set.of(), false),
                Actor.user(other.userId(), other.email(), null),
                Locale.ENGLISH);
        long otherToken = tokens.create(other.account().id(), other.userId(), "other", Set.of(), null, Actor.system())
                .token()
                .id();
        support.completeAddress(other.account().id(), "PRIVATE", null, "Ring 1", "10115", "Berlin", "DE", null);
        long otherDocument = billing.requestPayment(
                        other.account().id(),
                        new DocumentOrigin(DocumentOrigin.Kind.MANUAL, 0),
                        List.of(new DraftLine(
                                "Other hosting", java.math.BigDecimal.ONE, Money.of("5.00", "EUR"), null, null, null)),
                        Actor.system())
                .id();
        var shop = new io.foyer.support.OrderingFixtures(catalog, support, fixtures);
        var otherOrder = checkout.place(
                other.account().id(),
                List.of(new io.foyer.ordering.internal.CartItem(
                        shop.plan("authz"), io.foyer.catalog.BillingPeriod.ONE_MONTH)),
                io.foyer.ordering.internal.PaymentMethod.BANK_TRANSFER,
                true,
                other.userId(),
                Actor.system());
        var otherTicket = otherTicket();
        otherObjects = Map.of(
                "documentId",
                otherDocument,
                "contactId",
                otherContact,
                "userId",
                otherMember.userId(),
                "invitationId",
                otherInvitation,
                "tokenId",
                otherToken,
                "orderId",
                otherOrder.id(),
                "serviceId",
                otherOrder.items().get(0).serviceId(),
                "ticketId",
                otherTicket.id(),
                "attachmentId",
                otherTicket.attachmentId());
    }

    record TicketAndAttachment(long id, long attachmentId) {}

    private TicketAndAttachment otherTicket() {
        var ticket = tickets.open(
                other.account().id(),
                new io.foyer.support.NewTicket(
                        tickets.departments().get(0).id(),
                        "Other ticket",
                        io.foyer.support.Importance.REGULAR,
                        null,
                        "Hi"),
                other.userId(),
                List.of(new io.foyer.support.NewAttachment("note.txt", "hello".getBytes())));
        long attachmentId = tickets.thread(other.account().id(), ticket.id(), other.userId())
                .get(0)
                .attachments()
                .get(0)
                .id();
        return new TicketAndAttachment(ticket.id(), attachmentId);
    }

    @Test
    void thereAreAccountScopedPagesAndTheyAllDeclareAPermission() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints)
                .extracting(Endpoint::pattern)
                .contains("/accounts/{accountId}", "/accounts/{accountId}/members");
        // Upload endpoints are called with a multipart body, so their own handlers are checked.
        assertThat(endpoints).anyMatch(Endpoint::multipart);
    }

    @Test
    void anotherAccountsIdAnswers404Everywhere() {
        WebClient owner = new WebClient(port);
        assertThat(owner.login(mine.email(), Fixtures.PASSWORD).redirect()).endsWith("/accounts");
        String token = tokens.create(
                        mine.account().id(),
                        mine.userId(),
                        "all",
                        EnumSet.allOf(Permission.class),
                        null,
                        Actor.system())
                .secret();
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            // The other account's id in the account position.
            String foreignAccount = expand(
                    endpoint.pattern(),
                    name -> name.equals("accountId") ? other.account().id() : otherObjects.get(name));
            soft.assertThat(call(endpoint, foreignAccount, owner, token))
                    .as("%s %s", endpoint.method(), foreignAccount)
                    .isEqualTo(404);
            // My own account, but an object of the other account.
            if (VARIABLE.matcher(endpoint.pattern().replace("{accountId}", "")).find()) {
                String foreignObject = expand(
                        endpoint.pattern(),
                        name -> name.equals("accountId") ? mine.account().id() : otherObjects.get(name));
                soft.assertThat(call(endpoint, foreignObject, owner, token))
                        .as("%s %s", endpoint.method(), foreignObject)
                        .isEqualTo(404);
            }
        }
        soft.assertAll();
    }

    @Test
    void aMemberLackingThePermissionGets403() {
        SoftAssertions soft = new SoftAssertions();
        Map<Permission, WebClient> sessions = new LinkedHashMap<>();
        Map<Permission, String> apiTokens = new LinkedHashMap<>();
        for (Endpoint endpoint : endpoints()) {
            for (Permission lacking : endpoint.required()) {
                WebClient web = sessions.computeIfAbsent(lacking, p -> {
                    var member =
                            fixtures.member(mine.account(), "authz-no-" + p.key(), EnumSet.complementOf(EnumSet.of(p)));
                    WebClient client = new WebClient(port);
                    client.login(member.email(), Fixtures.PASSWORD);
                    apiTokens.put(
                            p,
                            tokens.create(
                                            mine.account().id(),
                                            member.userId(),
                                            "no-" + p.key(),
                                            EnumSet.complementOf(EnumSet.of(p)),
                                            null,
                                            Actor.system())
                                    .secret());
                    return client;
                });
                String path = expand(
                        endpoint.pattern(),
                        name -> name.equals("accountId") ? mine.account().id() : otherObjects.get(name));
                soft.assertThat(call(endpoint, path, web, apiTokens.get(lacking)))
                        .as("%s %s without %s", endpoint.method(), path, lacking)
                        .isEqualTo(403);
            }
        }
        soft.assertAll();
    }

    @Test
    void aTokenOfAnotherAccountOrWithoutThePermissionIsRefusedEvenForTheOwner() {
        String narrow = tokens.create(
                        mine.account().id(),
                        mine.userId(),
                        "billing only",
                        EnumSet.of(Permission.BILLING),
                        null,
                        Actor.system())
                .secret();
        SoftAssertions soft = new SoftAssertions();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.api()) {
                continue;
            }
            String path = expand(
                    endpoint.pattern(),
                    name -> name.equals("accountId") ? mine.account().id() : otherObjects.get(name));
            Set<Permission> missing = EnumSet.noneOf(Permission.class);
            missing.addAll(endpoint.required());
            missing.remove(Permission.BILLING);
            if (!missing.isEmpty()) {
                soft.assertThat(call(endpoint, path, null, narrow))
                        .as("%s %s with a billing-only token", endpoint.method(), path)
                        .isEqualTo(403);
            }
        }
        soft.assertAll();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{accountId}")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                RequiresPermission annotation = requirement(entry.getValue());
                Set<Permission> required =
                        annotation.value().length == 0 ? Set.of() : EnumSet.copyOf(List.of(annotation.value()));
                boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                        .anyMatch(org.springframework.http.MediaType.MULTIPART_FORM_DATA::includes);
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    result.add(new Endpoint(method, pattern, required, multipart));
                }
            }
        }
        return result;
    }

    private static RequiresPermission requirement(HandlerMethod method) {
        RequiresPermission onMethod = method.getMethodAnnotation(RequiresPermission.class);
        return onMethod != null ? onMethod : method.getBeanType().getAnnotation(RequiresPermission.class);
    }

    private static String expand(String pattern, Function<String, Long> ids) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Long id = ids.apply(matcher.group(1));
            if (id == null) {
                throw new AssertionError("No test object for path variable {" + matcher.group(1) + "} in " + pattern
                        + ": add one to AuthorizationIntegrationTests so the new endpoint is checked too");
            }
            matcher.appendReplacement(path, String.valueOf(id));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private int call(Endpoint endpoint, String path, WebClient session, String token) {
        if (!endpoint.api()) {
            return switch (endpoint.method()) {
                case GET -> session.get(path).status();
                case POST -> session.postForm(path).status();
                default -> throw new AssertionError("unexpected page method " + endpoint.method() + " " + path);
            };
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", endpoint.multipart() ? "multipart/form-data; boundary=b" : "application/json")
                .header("Accept", "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(endpoint.multipart() ? "--b--\r\n" : "{}");
        request = switch (endpoint.method()) {
            case GET -> request.GET();
            case DELETE -> request.DELETE();
            default -> request.method(endpoint.method().name(), body);};
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
