package com.kugelpos.http.internal.pipeline;

import com.kugelpos.http.internal.masking.Redactor;
import com.kugelpos.http.spi.TransportResponse;
import java.nio.charset.StandardCharsets;

/**
 * The response text kept in an exception: at most {@code maxErrorBodyChars} characters, secrets
 * masked. Only the head of a large body is decoded, so a 10 MB error page costs little.
 */
final class ErrorText {

    private ErrorText() {}

    static String of(TransportResponse response, ClientContext context) {
        byte[] body = response.body();
        int maxChars = context.settings().logging().maxErrorBodyChars();
        int headBytes = (int) Math.min(body.length, 4L * maxChars + 4);
        String head = new String(body, 0, headBytes, StandardCharsets.UTF_8);
        String contentType = response.header("content-type");
        boolean json = contentType != null && contentType.contains("json");
        String masked = json && headBytes == body.length ? context.redactor().json(head) : context.redactor().text(head);
        return Redactor.truncate(masked, maxChars);
    }
}
