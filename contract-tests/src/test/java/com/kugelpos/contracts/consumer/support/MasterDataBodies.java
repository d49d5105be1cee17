package com.kugelpos.contracts.consumer.support;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;

/** The payloads the master-data service answers with, as Pact bodies with type and regex matchers. */
public final class MasterDataBodies {

    private MasterDataBodies() {}

    /** An item's details (row 2). */
    public static PactDslJsonBody itemDetails() {
        PactDslJsonBody item = new PactDslJsonBody();
        item.stringMatcher("itemCode", Patterns.CODE, "ITEM1")
                .stringType("description", "Rice ball")
                .numberType("unitPrice", 150.0)
                .numberType("unitCost", 80.0)
                .numberType("storePrice", 150.0)
                .stringMatcher("categoryCode", Patterns.CODE, "C01")
                .stringType("taxCode", "TX10")
                .booleanType("isDiscountRestricted", false)
                .booleanType("isDeleted", false)
                .stringMatcher("entryDatetime", Patterns.DATE_TIME, "2025-01-01T00:00:00Z")
                .stringMatcher("lastUpdateDatetime", Patterns.DATE_TIME, "2025-01-01T00:00:00Z");
        AnyLists.strings(item, "itemDetails", "salmon");
        AnyLists.strings(item, "imageUrls", "https://images.example/item1.png");
        return item;
    }

    /** An item as listed for a tenant (row 12). */
    public static PactDslJsonBody itemSummary() {
        PactDslJsonBody item = new PactDslJsonBody();
        item.stringMatcher("itemCode", Patterns.CODE, "ITEM1")
                .stringType("description", "Rice ball")
                .numberType("unitPrice", 150.0)
                .stringMatcher("categoryCode", Patterns.CODE, "C01");
        return item;
    }

    /** A payment method (rows 3, 12). */
    public static PactDslJsonBody payment() {
        PactDslJsonBody payment = new PactDslJsonBody();
        payment.stringMatcher("paymentCode", Patterns.CODE, "01")
                .stringType("description", "Cash")
                .numberType("limitAmount", 1000000.0)
                .booleanType("canRefund", true)
                .booleanType("canDepositOver", true)
                .booleanType("canChange", true)
                .booleanType("isActive", true);
        return payment;
    }

    /** An active promotion (row 4). */
    public static PactDslJsonBody promotion() {
        PactDslJsonBody promotion = new PactDslJsonBody();
        promotion.stringMatcher("promotionCode", Patterns.CODE, "P1")
                .stringType("promotionType", "category_discount")
                .stringType("name", "Food 10% off")
                .stringMatcher("startDatetime", Patterns.DATE_TIME, "2024-01-01T00:00:00Z")
                .stringMatcher("endDatetime", Patterns.DATE_TIME, "2099-12-31T23:59:59Z")
                .booleanValue("isActive", true);
        PactDslJsonBody detail = new PactDslJsonBody();
        detail.numberType("discountRate", 10.0);
        AnyLists.strings(detail, "targetStoreCodes", "S1");
        AnyLists.strings(detail, "targetCategoryCodes", "C01");
        promotion.object("detail", detail);
        return promotion;
    }

    /** A setting's value (row 5). */
    public static PactDslJsonBody settingValue() {
        PactDslJsonBody value = new PactDslJsonBody();
        value.stringType("value", "Kugelpos - register 1");
        return value;
    }

    /** A staff member (row 7); the PIN is an example. */
    public static PactDslJsonBody staff() {
        PactDslJsonBody staff = new PactDslJsonBody();
        staff.stringMatcher("id", Patterns.CODE, "S01")
                .stringType("name", "Alice")
                .stringType("pin", "0000")
                .stringMatcher("entryDatetime", Patterns.DATE_TIME, "2025-01-01T00:00:00Z");
        AnyLists.strings(staff, "roles", "cashier");
        return staff;
    }

    /** An item category (row 12). */
    public static PactDslJsonBody category() {
        PactDslJsonBody category = new PactDslJsonBody();
        category.stringMatcher("categoryCode", Patterns.CODE, "C01")
                .stringType("description", "Food");
        return category;
    }
}
