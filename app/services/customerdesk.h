// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/customer.h"
#include "core/result.h"
#include "services/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace ok::db {
class StoreActions;
}

namespace ok::services {
class SyncService;
}

namespace ok {

class ApprovalGate;

/// The customer across channels (docs/channels.md): find them by loyalty card, phone number or
/// e-mail at the central service, see their web and app orders, move one to "collect here",
/// return one in the store, and take their loyalty points as payment.
///
/// Customer records are live answers only: nothing of them is written on the terminal (a sale
/// keeps the loyalty id) and nothing of them is logged. Lookups need the central service; offline
/// they fail at once with a message that says so.
class CustomerDesk : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QString storeId;
        QString terminalId;
        QString currency;
        /// How a web order returned here may be refunded: "original-payment", "store-credit",
        /// "cash" (the store's policy; the first is the default).
        QStringList refundMethods{QStringLiteral("original-payment"), QStringLiteral("store-credit")};
    };
    CustomerDesk(services::SyncService *sync, db::StoreActions &store, ApprovalGate &gate, Settings settings, Clock clock,
                 QObject *parent = nullptr);

    template<typename T>
    using Done = std::function<void(Result<T>)>;

    /// What was typed or scanned: a loyalty card number, a phone number or an e-mail address.
    /// Anything else is refused before a request.
    void find(const QString &typed, Done<QList<Customer>> done);
    void orders(const QString &customerId, Done<QList<WebOrder>> done);
    /// A web or app order by its number ("W200001").
    void webOrder(const QString &number, Done<WebOrder> done);

    /// The order is collected here instead of delivered home (web_order.collect_here); the
    /// central service checks this store's stock and makes it a click-and-collect order.
    Result<QString> collectHere(const WebOrder &order);
    /// Return lines of a web order here: lineNo → quantity. The refund is each line's paid share
    /// (amount × quantity / ordered), by `method` (one of Settings::refundMethods). Returns the
    /// return id; the refund itself is made by the central service (web_return.completed).
    Result<QString> returnWebOrder(const WebOrder &order, const QHash<int, qint64> &lines, const QString &method);
    /// The refund of a return of `lines` (what returnWebOrder would refund).
    static Result<qint64> refundOf(const WebOrder &order, const QHash<int, qint64> &lines);

    /// Take `points` off the customer's balance for ticket `saleId` (live, idempotent by
    /// `redemptionId`). Offline it is refused at once: a balance could be spent twice.
    void redeem(const QString &redemptionId, const QString &customerId, qint64 points, const QString &saleId,
                Done<Redemption> done);

    const Settings &settings() const { return m_settings; }
    void setSync(services::SyncService *sync);

Q_SIGNALS:
    void eventWritten();

private:
    Result<void> canAsk() const;
    QPointer<services::SyncService> m_sync;
    db::StoreActions &m_store;
    ApprovalGate &m_gate;
    Settings m_settings;
    Clock m_clock;
};

} // namespace ok
