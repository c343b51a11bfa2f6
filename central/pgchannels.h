// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to PgStore: the rows of customers, points, redemptions, web orders, holds and
// transfers (issue 13) on any connection, so the Writer (pgstore.cpp) and the read side
// (PgStore's own methods in pgchannels.cpp) share one implementation. As sqlitechannels.h.

#include "central/store.h"

typedef struct pg_conn PGconn;

namespace ok::central::pgchannels {

Result<void> putCustomer(PGconn *c, const Customer &cu);
Result<std::vector<Customer>> findCustomers(PGconn *c, CustomerKey key, std::string_view value, int limit);
Result<std::optional<Customer>> oneCustomer(PGconn *c, CustomerKey key, std::string_view value);
/// max(numeric part of `column` from character `from` (1-based)) in `table`, 0 if none.
Result<qint64> lastSerial(PGconn *c, std::string_view table, std::string_view column, int from);

Result<bool> addPointsEntry(PGconn *c, const PointsEntry &e);
Result<std::optional<PointsEntry>> pointsEntry(PGconn *c, std::string_view kind, std::string_view ref);
Result<std::vector<PointsEntry>> pointsOfSale(PGconn *c, std::string_view saleId);
Result<std::vector<PointsEntry>> pointsLedger(PGconn *c, std::string_view customerId, int limit);

Result<void> putRedemption(PGconn *c, const Redemption &r);
Result<std::optional<Redemption>> redemption(PGconn *c, std::string_view id);

Result<void> putWebOrder(PGconn *c, const WebOrder &o);
/// The web order whose `column` ("id", "number", "cc_order_id") is `value`.
Result<std::optional<WebOrder>> webOrder(PGconn *c, std::string_view column, std::string_view value);
Result<std::vector<WebOrder>> webOrders(PGconn *c, std::string_view customerId, int limit);

Result<void> putHold(PGconn *c, const Hold &h);
Result<std::optional<Hold>> hold(PGconn *c, std::string_view id);
Result<std::vector<Hold>> dueHolds(PGconn *c, qint64 nowSec);

Result<void> putTransfer(PGconn *c, const Transfer &t);
/// The transfer whose `column` ("id", "order_id") is `value`.
Result<std::optional<Transfer>> transfer(PGconn *c, std::string_view column, std::string_view value);

Result<std::optional<std::string>> refundOfReturn(PGconn *c, std::string_view returnId);

} // namespace ok::central::pgchannels
