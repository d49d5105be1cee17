package com.kugelpos.http.logging;

import java.util.List;
import java.util.Map;

/** STUB replaced by branch logging-auth. */
public final class HttpRequestLogger {
    public HttpRequestLogger(Redactor redactor, boolean debug) {}
    public void completed(String method, String url, int status, long durationMillis) {}
    public void failed(String method, String url, String error, long durationMillis) {}
    public void debugRequest(String method, String url, Map<String, List<String>> headers, byte[] body, String contentType) {}
    public void debugResponse(int status, Map<String, List<String>> headers, byte[] body, String contentType) {}
}
