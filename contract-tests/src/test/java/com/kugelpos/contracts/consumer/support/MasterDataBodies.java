package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PM;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/**
 * The master-data payloads as Pact bodies: only the fields the upstream callers read, with type and
 * regex matchers, nullable where upstream's response schema is {@code Optional}. The reading code is
 * named on each method (upstream kugel-masa/kugelpos-backend, {@code services/...}).
 */
public final class MasterDataBodies {

    private MasterDataBodies() {}

    /**
     * An item's details (row 2), read by cart's {@code CartService.add_item_to_cart_async}
     * (cart/app/services/cart_service.py) through {@code ItemMasterWebRepository}: code, description,
     * prices, category, tax code and the discount restriction. {@code storePrice} is {@code null}
     * when the store does not override the price ({@code BaseItemStoreDetailResponse.store_price:
     * Optional[float]}).
     */
    public static PactDslJsonBody itemDetails() {
        PactDslJsonBody item = new PactDslJsonBody();
        item.stringMatcher("itemCode", Patterns.CODE, "ITEM1")
                .stringType("description", "Rice ball")
                .numberType("unitPrice", 150.0)
                .or("storePrice", 140.0, PM.numberType(), PM.nullValue())
                .stringMatcher("categoryCode", Patterns.CODE, "C01")
                .stringType("taxCode", "TX10")
                .booleanType("isDiscountRestricted", false);
        return item;
    }

    /**
     * A payment method (row 3), read by cart's {@code AbstractPayment} and {@code TranService}
     * (cart/app/services/strategies/payments/abstract_payment.py, tran_service.py): code,
     * description and whether over-deposit and change are allowed.
     */
    public static PactDslJsonBody payment() {
        PactDslJsonBody payment = new PactDslJsonBody();
        payment.stringMatcher("paymentCode", Patterns.CODE, "01")
                .stringType("description", "Cash")
                .booleanType("canDepositOver", true)
                .booleanType("canChange", true);
        return payment;
    }

    /**
     * A payment method as listed (row 12), read by report's {@code PaymentReportMaker}
     * (report/app/services/plugins/payment_report_maker.py): code and description.
     */
    public static PactDslJsonBody paymentSummary() {
        PactDslJsonBody payment = new PactDslJsonBody();
        payment.stringMatcher("paymentCode", Patterns.CODE, "01")
                .stringType("description", "Cash");
        return payment;
    }

    /**
     * An active category promotion (row 4), read by cart's {@code PromotionMasterDocument.from_api_response}
     * and {@code CategoryPromoPlugin} (cart/app/models/documents/promotion_master_document.py,
     * cart/app/services/strategies/sales_promo/category_promo.py). Start and end are written
     * {@code %Y-%m-%dT%H:%M:%S} by upstream's transformer.
     */
    public static PactDslJsonBody promotion() {
        PactDslJsonBody promotion = new PactDslJsonBody();
        promotion.stringMatcher("promotionCode", Patterns.CODE, "P1")
                .stringValue("promotionType", "category_discount")
                .stringType("name", "Food 10% off")
                .stringMatcher("startDatetime", Patterns.LOCAL_DATE_TIME, "2024-01-01T00:00:00")
                .stringMatcher("endDatetime", Patterns.LOCAL_DATE_TIME, "2099-12-31T23:59:59")
                .booleanType("isActive", true);
        PactDslJsonBody detail = new PactDslJsonBody();
        detail.numberType("discountRate", 10.0);
        AnyLists.strings(detail, "targetCategoryCodes", "C01");
        promotion.object("detail", detail);
        return promotion;
    }

    /** A setting's value (row 5), read by cart's {@code SettingsMasterWebRepository.get_settings_value_by_name_async}. */
    public static PactDslJsonBody settingValue() {
        PactDslJsonBody value = new PactDslJsonBody();
        value.stringType("value", "Kugelpos - register 1");
        return value;
    }

    /**
     * A staff member (row 7), read by terminal's sign-in through commons'
     * {@code StaffMasterWebRepository} (kugel_common/models/repositories/staff_master_web_repository.py):
     * id and name. The PIN is a secret the contract does not ask for.
     */
    public static PactDslJsonBody staff() {
        PactDslJsonBody staff = new PactDslJsonBody();
        staff.stringMatcher("id", Patterns.CODE, "S01")
                .stringType("name", "Alice");
        return staff;
    }

    /**
     * An item category (row 12), read by report's {@code CategoryMasterWebRepository.get_categories}
     * (report/app/models/repositories/category_master_web_repository.py): code and description.
     */
    public static PactDslJsonBody category() {
        PactDslJsonBody category = new PactDslJsonBody();
        category.stringMatcher("categoryCode", Patterns.CODE, "C01")
                .stringType("description", "Food");
        return category;
    }

    /**
     * An item as listed (row 12), read by report's {@code ItemMasterWebRepository.get_items}
     * (report/app/models/repositories/item_master_web_repository.py): code and category. (It also
     * asks for {@code itemName}, which upstream's item schema does not have, and falls back to the code.)
     */
    public static PactDslJsonBody itemSummary() {
        PactDslJsonBody item = new PactDslJsonBody();
        item.stringMatcher("itemCode", Patterns.CODE, "ITEM1")
                .stringMatcher("categoryCode", Patterns.CODE, "C01");
        return item;
    }
}
