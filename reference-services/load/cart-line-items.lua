-- wrk script: terminal T1-S1-1 adds one item per request to a cart through cart's
-- POST /api/v1/carts/{cart_id}/lineItems (which calls master-data for the item details);
-- every connection rotates to a new cart after 20 lines so carts stay small.
-- Run: wrk -t2 -c32 -d20s -s reference-services/load/cart-line-items.lua http://127.0.0.1:8003
local terminal = "terminal_id=T1-S1-1"
local items = {"ITEM1", "ITEM2", "ITEM3"}
local cart_id = nil
local lines = 0
local counter = 0

wrk.headers["X-API-KEY"] = os.getenv("API_KEY") or "ref-api-key-T1-S1-1"
wrk.headers["Content-Type"] = "application/json"

request = function()
  if cart_id == nil then
    return wrk.format("POST", "/api/v1/carts?" .. terminal, nil, "{\"transactionType\":101}")
  end
  counter = counter + 1
  local item = items[(counter % #items) + 1]
  return wrk.format("POST", "/api/v1/carts/" .. cart_id .. "/lineItems?" .. terminal, nil,
      "[{\"itemCode\":\"" .. item .. "\",\"quantity\":1}]")
end

response = function(status, headers, body)
  local created = body:match("\"cartId\":\"([%w%-]+)\"}")
  if status == 201 and created then
    cart_id = created
    lines = 0
  elseif status == 200 then
    lines = lines + 1
    if lines >= 20 then
      cart_id = nil
    end
  end
end
