package com.kugelpos.http.internal;

import com.kugelpos.http.logging.Redactor;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The response text kept in an exception: at most {@code maxErrorBodyChars} characters, secrets
 * masked. Only the head of a large body is decoded, so a 10 MB error page costs little.
 */
final class ErrorText {

    private ErrorText() {}

    static String of(byte[] body, HttpResponse<?> response, ClientContext context) {
        int maxChars = context.settings().logging().maxErrorBodyChars();
        int headBytes = (int) Math.min(body.length, 4L * maxChars + 4);
        String head = new String(body, 0, headBytes, StandardCharsets.UTF_8);
        boolean json = response.headers().firstValue("content-type").orElse("").contains("json");
        String masked = json && headBytes == body.length ? context.redactor().json(head) : context.redactor().text(head);
        return Redactor.truncate(masked, maxChars);
    }
}
