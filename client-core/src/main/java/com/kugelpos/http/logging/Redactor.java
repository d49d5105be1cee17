package com.kugelpos.http.logging;

/** STUB replaced by branch logging-auth. */
public final class Redactor {
    public static Redactor defaults() { return new Redactor(); }
    public boolean isSensitiveHeader(String name) { return true; }
    public String headerValue(String name, String value) { return "****"; }
    public String url(String url) { return url; }
    public String json(String body) { return body; }
    public String text(String text) { return text; }
    public String truncate(String text, int max) { return text.length() <= max ? text : text.substring(0, max); }
}
