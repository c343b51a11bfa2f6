// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the central service: what the customer and channel code of issue 13 shares
// (channels.cpp, channelevents.cpp, seed.cpp, service.cpp). Loyalty ids, contact checks and
// masks, the ORDER JSON of a web order, and the writes that several callers make in their own
// transaction: a click-and-collect order, a channel promotion, an order's history.

#include "central/service.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace ok::central {

inline constexpr std::string_view kLoyaltyPrefix = "298"; ///< EAN-13 restricted circulation range
inline constexpr size_t kMaxCustomerNameChars = 64;       ///< as a terminal shows and sends it
inline constexpr size_t kMaxPromotionNameChars = 64;

/// An id a terminal makes (a uuid: redemption, hold, transfer request, return): 1 to 64 of
/// [A-Za-z0-9_-].
bool isValidEventRef(std::string_view id);

/// The EAN-13 check digit of 12 digits.
int ean13CheckDigit(std::string_view first12);
/// 13 digits, prefix 298, valid check digit.
bool isValidLoyaltyId(std::string_view id);
/// The loyalty id of the customer with this serial: 298, 9 digits of serial, check digit.
std::string loyaltyIdFor(qint64 serial);

/// A phone number as terminals send it (digits and a leading +; `lenient`: also spaces, dashes
/// and parentheses, as the operator types it) → its digits; nullopt when malformed.
std::optional<std::string> phoneDigits(std::string_view phone, bool lenient);
/// An e-mail address → lower case; nullopt when it is not one.
std::optional<std::string> normalizedEmail(std::string_view email);
/// "a***@example.com"
std::string maskEmail(std::string_view email);
/// "+48 *** *** 321" from digits with the country code.
std::string maskPhone(std::string_view digits);
/// Text a person typed or a terminal sent that may be shown and printed: 1..maxChars Unicode
/// characters, valid UTF-8, no control characters.
bool isPlainText(std::string_view text, size_t maxChars);
/// The first word of a name: what a click-and-collect order shows.
std::string firstName(std::string_view name);

/// The ORDER object of docs/sync-protocol.md ("Live queries").
nlohmann::json webOrderJson(const WebOrder &o);

/// CentralService::createOrder inside the caller's transaction (an admin command, an arriving
/// transfer, a web order collected here): the one place click-and-collect orders are made.
Result<CreatedOrder> createOrderIn(CentralStore::Writer &w, const CentralService::OrderRequest &req, qint64 nowMs);

/// A channel promotion from `fromSec` for `days` days inside the caller's transaction (admin
/// promotion-set, demo seed). The price open at `fromSec` is closed there; the regular price
/// runs again after the promotion until the next scheduled price.
Result<Price> putPromotionIn(CentralStore::Writer &w, const std::string &storeId, qint64 productId, int percent,
                             const std::string &name, qint64 fromSec, int days);

/// Ends an active hold inside the caller's transaction: its reservation is given back (never
/// below 0) and the hold written with `state` ("released", "expired"), `reason` and `nowMs`.
Result<void> endHoldIn(CentralStore::Writer &w, Hold hold, const std::string &state, const std::string &reason, qint64 nowMs);

/// A new customer with the next id and loyalty id, written; an opening balance is an "adjust"
/// entry of the points ledger. The caller has checked the name and contacts.
Result<Customer> putNewCustomerIn(CentralStore::Writer &w, const std::string &name, const std::string &email,
                                  const std::string &phone, const Location &home, qint64 points,
                                  std::vector<CustomerPromotion> promotions, qint64 nowMs);

/// A new web order of `customer` priced at `priceStoreId`'s prices valid at `createdAtMs`, paid by
/// card-online, status "paid" with home delivery; not written (the caller may change it first).
Result<WebOrder> newWebOrderIn(CentralStore::Writer &w, const Customer &customer,
                               const std::vector<CentralService::LineRequest> &lines, const std::string &channel,
                               const std::string &priceStoreId, qint64 createdAtMs);

/// The order is to be collected in `store` (web_order.collect_here, web-order-create --store):
/// every line must be available there; the stock is reserved, a click-and-collect order of the
/// store made and `order` changed (delivery, store, status, history; not written). nullopt with
/// `refusal` set when the store cannot: a reason a person can act on.
Result<std::optional<CreatedOrder>> collectInStoreIn(CentralStore::Writer &w, WebOrder &order, const Location &store,
                                                     const Customer &customer, qint64 nowMs, std::string *refusal);

} // namespace ok::central
