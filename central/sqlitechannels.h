// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to SqliteStore: the rows of customers, points, redemptions, web orders, holds and
// transfers (issue 13), on any connection, so the Writer (sqlitestore.cpp) and the read side
// (SqliteStore's own methods in sqlitechannels.cpp) share one implementation.

#include "central/store.h"

namespace ok::db {
class Database;
}

namespace ok::central::channels {

Result<void> putCustomer(db::Database &h, const Customer &c);
/// Every customer matching (key, value), newest first, at most `limit`, with their promotions.
Result<std::vector<Customer>> findCustomers(db::Database &h, CustomerKey key, std::string_view value, int limit);
Result<std::optional<Customer>> oneCustomer(db::Database &h, CustomerKey key, std::string_view value);
/// max(numeric part of `column` from character `from` (1-based)) in `table`, 0 if none.
Result<qint64> lastSerial(db::Database &h, std::string_view table, std::string_view column, int from);

Result<bool> addPointsEntry(db::Database &h, const PointsEntry &e);
Result<std::optional<PointsEntry>> pointsEntry(db::Database &h, std::string_view kind, std::string_view ref);
Result<std::vector<PointsEntry>> pointsOfSale(db::Database &h, std::string_view saleId);
Result<std::vector<PointsEntry>> pointsLedger(db::Database &h, std::string_view customerId, int limit);

Result<void> putRedemption(db::Database &h, const Redemption &r);
Result<std::optional<Redemption>> redemption(db::Database &h, std::string_view id);

Result<void> putWebOrder(db::Database &h, const WebOrder &o);
/// The web order whose `column` ("id", "number", "cc_order_id") is `value`.
Result<std::optional<WebOrder>> webOrder(db::Database &h, std::string_view column, std::string_view value);
Result<std::vector<WebOrder>> webOrders(db::Database &h, std::string_view customerId, int limit);

Result<void> putHold(db::Database &h, const Hold &hold);
Result<std::optional<Hold>> hold(db::Database &h, std::string_view id);
Result<std::vector<Hold>> dueHolds(db::Database &h, qint64 nowSec);

Result<void> putTransfer(db::Database &h, const Transfer &t);
/// The transfer whose `column` ("id", "order_id") is `value`.
Result<std::optional<Transfer>> transfer(db::Database &h, std::string_view column, std::string_view value);

Result<std::optional<std::string>> refundOfReturn(db::Database &h, std::string_view returnId);

} // namespace ok::central::channels
