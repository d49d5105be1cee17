package com.kugelpos.http.security;

import com.kugelpos.http.config.HttpClientSettings;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/** STUB replaced by branch cfg-discovery. */
public final class TlsContexts {
    public static SSLContext sslContext(HttpClientSettings s) {
        try { return SSLContext.getDefault(); } catch (Exception e) { throw new IllegalStateException(e); }
    }
    public static SSLParameters sslParameters() { SSLParameters p = new SSLParameters(); p.setEndpointIdentificationAlgorithm("HTTPS"); return p; }
    public static void requireHostnameVerification() {}
}
