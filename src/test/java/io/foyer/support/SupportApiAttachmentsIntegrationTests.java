package io.foyer.support;

import static io.foyer.account.api.ApiTestSupport.accountPath;
import static io.foyer.account.api.ApiTestSupport.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.foyer.account.Permission;
import io.foyer.account.api.ApiClient;
import io.foyer.account.internal.ApiTokens;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening tickets and replying with attachments through the API (multipart/form-data). */
@IntegrationTest
class SupportApiAttachmentsIntegrationTests {

    static final String BOUNDARY = "foyer-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SupportTickets tickets;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    JdbcClient jdbc;

    /** A multipart body: fields as name, value pairs; a value "file:name:content" is a file part. */
    static HttpRequest.BodyPublisher multipart(String... fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            String name = fields[i];
            String value = fields[i + 1];
            StringBuilder part = new StringBuilder("--" + BOUNDARY + "\r\n");
            if (value.startsWith("file:")) {
                String[] file = value.split(":", 3);
                part.append("Content-Disposition: form-data; name=\"")
                        .append(name)
                        .append("\"; filename=\"")
                        .append(file[1])
                        .append("\"\r\nContent-Type: text/html\r\n\r\n")
                        .append(file[2]);
            } else {
                part.append("Content-Disposition: form-data; name=\"")
                        .append(name)
                        .append("\"\r\n\r\n")
                        .append(value);
            }
            body.writeBytes(part.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    ApiClient.Response post(String secret, String path, HttpRequest.BodyPublisher body) {
        return new ApiClient(port)
                .send(secret, "POST", path, body, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY);
    }

    long department() {
        return tickets.departments().get(0).id();
    }

    @Test
    void aTicketIsOpenedAndAnsweredWithFilesAndRefusedFilesRefuseTheWholeRequest() {
        var owner = fixtures.owner("api-files");
        String secret = token(apiTokens, owner, Permission.SUPPORT);
        String path = accountPath(owner) + "/tickets";

        var refused = post(
                secret,
                path,
                multipart(
                        "departmentId", String.valueOf(department()),
                        "subject", "With a script",
                        "importance", "HIGH",
                        "message", "See the file",
                        "attachments", "file:page.html:<script>alert(1)</script>"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldError("attachments")).isEqualTo("Files of this type cannot be attached.");
        assertThat(tickets.ofAccount(owner.account().id(), owner.userId())).isEmpty();

        var created = post(
                secret,
                path,
                multipart(
                        "departmentId", String.valueOf(department()),
                        "subject", "With a log",
                        "importance", "high",
                        "message", "See the log",
                        "attachments", "file:error.log:PHP Fatal error",
                        "attachments", "file:notes.txt:more"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/ticket/importance").asText()).isEqualTo("HIGH");
        assertThat(created.json().at("/messages/0/attachments/0/fileName").asText())
                .isEqualTo("error.log");
        assertThat(created.json().at("/messages/0/attachments/0/contentType").asText())
                .isEqualTo("text/plain;charset=UTF-8");
        assertThat(created.json().at("/messages/0/attachments/1/fileName").asText())
                .isEqualTo("notes.txt");
        long ticketId = created.json().at("/ticket/id").asLong();

        var reply = post(
                secret,
                path + "/" + ticketId + "/replies",
                multipart("message", "And a screenshot", "attachments", "file:shot.png:PNGDATA"));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/messages/1/body").asText()).isEqualTo("And a screenshot");
        assertThat(reply.json().at("/messages/1/byEmail").asBoolean()).isFalse();
        long attachmentId = reply.json().at("/messages/1/attachments/0/id").asLong();
        var download = new ApiClient(port).get(secret, path + "/" + ticketId + "/attachments/" + attachmentId);
        assertThat(download.body()).isEqualTo("PNGDATA");
        assertThat(download.header("Content-Type")).contains("image/png");

        var empty = post(secret, path + "/" + ticketId + "/replies", multipart("message", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.fieldError("message")).isEqualTo("Enter a message.");
        var tooMany = post(
                secret,
                path + "/" + ticketId + "/replies",
                multipart(
                        "message", "Many",
                        "attachments", "file:1.txt:1",
                        "attachments", "file:2.txt:2",
                        "attachments", "file:3.txt:3",
                        "attachments", "file:4.txt:4",
                        "attachments", "file:5.txt:5",
                        "attachments", "file:6.txt:6"));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.fieldError("attachments")).isEqualTo("Too many files for one message.");
        assertThat(tickets.peek(owner.account().id(), ticketId)).hasSize(2);
    }

    @Test
    void multipartRequestsAreCheckedLikeAllOthers() {
        var owner = fixtures.owner("api-files-authz");
        var other = fixtures.owner("api-files-other");
        Ticket theirs = tickets.open(
                other.account().id(),
                new NewTicket(department(), "Theirs", Importance.REGULAR, null, "Hi"),
                other.userId());
        String noSupport = token(apiTokens, owner, Permission.BILLING);
        String support = token(apiTokens, owner, Permission.SUPPORT);
        String path = accountPath(owner) + "/tickets";

        assertThat(post(noSupport, path, multipart("subject", "x")).status()).isEqualTo(403);
        assertThat(post(support, accountPath(other) + "/tickets", multipart("subject", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(post(support, path + "/" + theirs.id() + "/replies", multipart("message", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(tickets.peek(other.account().id(), theirs.id())).hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheMultipartVariants() {
        var docs = new ApiClient(port).get(null, "/v3/api-docs");
        var post = docs.json().at("/paths/~1api~1v1~1accounts~1{accountId}~1tickets/post/requestBody/content");
        assertThat(post.has("application/json")).isTrue();
        assertThat(post.at("/multipart~1form-data/schema/properties").has("attachments"))
                .as(post.toString())
                .isTrue();
        assertThat(post.at("/multipart~1form-data/schema/properties").has("subject"))
                .as(post.toString())
                .isTrue();
        var reply = docs.json()
                .at("/paths/~1api~1v1~1accounts~1{accountId}~1tickets~1{ticketId}~1replies/post/requestBody/content");
        assertThat(reply.has("multipart/form-data")).as(reply.toString()).isTrue();
    }
}
