package com.kugelpos.http.internal;

/** STUB replaced by branch logging-auth. */
public class ResponseDecodingException extends RuntimeException {
    public ResponseDecodingException(String m) { super(m); }
}
