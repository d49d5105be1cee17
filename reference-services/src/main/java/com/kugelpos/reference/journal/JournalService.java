package com.kugelpos.reference.journal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kugelpos.reference.auth.AuthPolicy;
import com.kugelpos.reference.common.ServiceContext;
import com.kugelpos.reference.common.ServiceRoutes;
import com.kugelpos.reference.http.ApiException;
import com.kugelpos.reference.http.ApiRequest;
import com.kugelpos.reference.http.ApiResponse;
import com.kugelpos.reference.http.JsonBody;
import com.kugelpos.reference.http.Paging;
import com.kugelpos.reference.http.Route;
import com.kugelpos.reference.http.Router;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The journal service's endpoints: create a journal (row 14, honours {@code Idempotency-Key})
 * and list a terminal's journals. The body is the camelCase journal; its tenant, store and
 * terminal must be those of the path. Like upstream's {@code receive_journals}, a created journal
 * is answered with HTTP 201 but envelope {@code code} 200 and snake_case {@code data}
 * ({@link JournalResponse}).
 */
public final class JournalService implements ServiceRoutes {

    /** Table of journals, keyed by their sequence number. */
    public static final String JOURNALS = "journals";

    private static final String PATH = "/api/v1/tenants/{tenant_id}/stores/{store_code}/terminals/{terminal_no}/journals";

    private final ServiceContext context;
    private final AtomicLong sequence = new AtomicLong();

    /** @param context the service's shared parts */
    public JournalService(ServiceContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    @Override
    public void register(Router router) {
        router.add(Route.post(PATH).auth(AuthPolicy.any()).idempotent().sync(this::create));
        router.add(Route.get(PATH).auth(AuthPolicy.any()).sync(this::list));
    }

    private ApiResponse create(ApiRequest request) {
        String tenantId = request.pathParam("tenant_id");
        String storeCode = request.pathParam("store_code");
        int terminalNo = request.pathInt("terminal_no");
        JsonBody body = JsonBody.parseObject(request.body());
        if (!body.text("tenantId").equals(tenantId)) {
            throw ApiException.tenantMismatch("journal tenantId " + body.text("tenantId") + " differs from the path's "
                    + tenantId);
        }
        if (!body.text("storeCode").equals(storeCode) || body.integer("terminalNo") != terminalNo) {
            throw ApiException.invalid("journal storeCode/terminalNo must be the path's " + storeCode + "/" + terminalNo);
        }
        JournalValidation.check(body);
        ObjectNode journal = body.node().deepCopy();
        long seq = sequence.incrementAndGet();
        journal.put("journalSeqNo", seq);
        context.data().table(JOURNALS).put(tenantId, String.valueOf(seq), journal);
        context.stats().countCreated("journal");
        return ApiResponse.success(201, 200, "receive_journals", "Transaction received successfully. tenant_id: "
                + tenantId + ", store_code: " + storeCode + ", terminal_no: " + terminalNo, JournalResponse.of(journal));
    }

    private ApiResponse list(ApiRequest request) {
        Paging paging = Paging.from(request);
        String storeCode = request.pathParam("store_code");
        int terminalNo = request.pathInt("terminal_no");
        List<ObjectNode> journals = context.data().table(JOURNALS).list(request.principal().tenantId()).stream()
                .filter(j -> storeCode.equals(j.path("storeCode").asText()) && j.path("terminalNo").asInt() == terminalNo)
                .toList();
        return ApiResponse.page("get_journals", "Journals found", paging.apply(journals, Map.of()));
    }
}
