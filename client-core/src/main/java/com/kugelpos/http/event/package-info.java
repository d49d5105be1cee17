/**
 * What the client reports while it works: one event record per kind, delivered to a {@link
 * com.kugelpos.http.event.ClientEventListener} given to {@code ServiceClients.builder().listener(...)}.
 */
package com.kugelpos.http.event;
