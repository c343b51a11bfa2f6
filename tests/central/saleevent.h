// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a sale.completed event as a till pushes it (one line, paid in cash, prices with
// tax included at 0 %), which the central service's checks of a sale accept.

#include <nlohmann/json.hpp>

#include <QtGlobal>

#include <string>

namespace ok::test {

inline nlohmann::json saleEvent(const std::string &id, qint64 productId, const std::string &location, qint64 delta)
{
    const qint64 amount = 999 * -delta;
    using json = nlohmann::json;
    return json{{"id", id},
                {"kind", "sale.completed"},
                {"created_at_ms", 1795000000000LL},
                {"payload",
                 {{"sale_id", "sale-" + id},
                  {"kind", "sale"},
                  {"receipt_no", 1},
                  {"store_id", "S001"},
                  {"terminal_id", "T01"},
                  {"currency", "PLN"},
                  {"subtotal", amount},
                  {"discount_total", 0},
                  {"tax_total", 0},
                  {"total", amount},
                  {"cash_rounding", 0},
                  {"prices_include_tax", true},
                  {"lines", json::array({{{"product_id", productId}, {"sku", "SKU"}, {"quantity", -delta}, {"unit", "piece"},
                                          {"unit_price", 999}, {"discount", 0}, {"amount", amount}, {"tax_code", "D"},
                                          {"tax_bp", 0}, {"return_of_line", 0}}})},
                  {"tenders", json::array({{{"kind", "cash"}, {"amount", amount}, {"change", 0}, {"reference", ""}}})},
                  {"stock_deltas", json::array({{{"product_id", productId}, {"location_id", location}, {"delta", delta}}})}}}};
}

} // namespace ok::test
