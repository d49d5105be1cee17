package com.kugelpos.reference.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The Jetty core handler: reads the body without blocking (refusing more than the limit with
 * 413), hands the request to the {@link RequestPipeline} and writes its JSON answer whenever it
 * completes. Thread-safe.
 */
public final class ApiHandler extends Handler.Abstract {

    private final RequestPipeline pipeline;
    private final int maxBodyBytes;

    /**
     * @param pipeline what handles a request once read
     * @param maxBodyBytes the largest body accepted; larger ones get 413
     */
    public ApiHandler(RequestPipeline pipeline, int maxBodyBytes) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (request.getLength() > maxBodyBytes) {
            dispatch(request, response, callback, new byte[0], tooLarge());
            return true;
        }
        Content.Source.asByteArrayAsync(request, maxBodyBytes).whenComplete((body, failure) -> {
            if (failure != null) {
                dispatch(request, response, callback, new byte[0], tooLarge());
            } else {
                dispatch(request, response, callback, body, null);
            }
        });
        return true;
    }

    private ApiException tooLarge() {
        return new ApiException(
                413, ErrorCodes.PAYLOAD_TOO_LARGE, "request body exceeds the limit of " + maxBodyBytes + " bytes");
    }

    private void dispatch(Request request, Response response, Callback callback, byte[] body, ApiException failure) {
        ApiRequest apiRequest = new ApiRequest(
                request.getMethod(),
                request.getHttpURI().getDecodedPath(),
                Map.of(),
                queryOf(request),
                headersOf(request.getHeaders()),
                body);
        pipeline.handle(apiRequest, failure).whenComplete((answer, error) -> {
            if (error != null) {
                callback.failed(error);
            } else {
                write(answer, response, callback);
            }
        });
    }

    private static void write(ApiResponse answer, Response response, Callback callback) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(answer.body());
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return;
        }
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "application/json");
        headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
        answer.headers().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    private static Map<String, List<String>> queryOf(Request request) {
        Fields fields = Request.extractQueryParameters(request);
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : fields) {
            query.put(field.getName(), new ArrayList<>(field.getValues()));
        }
        return query;
    }

    private static Map<String, String> headersOf(HttpFields fields) {
        Map<String, String> headers = new HashMap<>();
        for (HttpField field : fields) {
            headers.putIfAbsent(field.getName(), field.getValue());
        }
        return headers;
    }
}
