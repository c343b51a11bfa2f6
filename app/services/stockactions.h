// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storeaction.h"
#include "services/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ok::db {
class StoreActions;
}
namespace ok::services {
class SyncService;
}

namespace ok {

class ApprovalGate;

/// Staff act on stock (docs/channels.md, "Acting on stock"): hold an item here for a customer,
/// order it to this store or to the customer's home from another location, count it. Each is
/// checked against the signed-in person's permission (ActOnStock), journaled with them and sent
/// to the central service as one outbox event, so it works the same offline (queued) and the
/// central service decides (a hold of goods that are gone, a count against a changed row is
/// refused there, and shown here with the reason).
class StockActions : public QObject
{
    Q_OBJECT
public:
    struct Settings {
        QString storeId;
        QString terminalId;
        int maxHoldHours = 14 * 24; ///< the central service refuses longer
    };
    StockActions(db::StoreActions &store, ApprovalGate &gate, Settings settings, Clock clock, QObject *parent = nullptr);

    /// Hold `quantity` pieces of `productId` here for `forWhom` (a name for the shelf label) for
    /// `hours`; `available` is what this store shows as available now (the hold must fit).
    Result<QString> hold(qint64 productId, const QString &productName, qint64 quantity, qint64 available, const QString &forWhom, int hours);
    /// Release an active hold (the customer changed their mind, or bought it).
    Result<void> releaseHold(const QString &holdId, bool sold);

    /// The customer's contact for a ship-to request; sent to the central service only.
    struct Contact {
        QString name;
        QString phone;
        QString email;
        QString address; ///< home delivery only
    };
    /// Order `quantity` from `fromLocation` (`availableThere` as last known) to this store
    /// (toHome false: a click-and-collect order of this store when it arrives) or to the
    /// customer's home.
    Result<QString> orderFrom(qint64 productId, const QString &productName, qint64 quantity, const QString &fromLocation, qint64 availableThere,
                              bool toHome, const Contact &contact);
    /// The absolute count of `productId` here, compared at the central service with the stock
    /// row's version it was counted from (`expectedVersion`): a changed row refuses the count.
    Result<QString> count(qint64 productId, const QString &productName, qint64 counted, qint64 expectedVersion);

    /// Pieces of the product held here that the cache does not show yet (holds not yet
    /// acknowledged by the central service): subtract from the cached available.
    qint64 unsentHolds(qint64 productId) const;
    Result<QList<StoreAction>> activeHolds() const;
    /// Holds, requests or counts made here, newest first, with their event's state.
    Result<QList<StoreAction>> recent(const QString &kind, int limit = 50) const;

    const Settings &settings() const { return m_settings; }

    void setSync(services::SyncService *sync);
    /// How the central service says this store's requests are getting on (request id → state:
    /// requested, shipped, arrived ...). Offline or on any failure `done` is not called: the
    /// screens keep showing the queued/accepted state of the events.
    void requestStates(std::function<void(QHash<QString, QString>)> done);

Q_SIGNALS:
    /// An event went to the outbox (push soon).
    void eventWritten();
    void changed();

private:
    /// A new action of the signed-in person (checked before) with a fresh id.
    StoreAction action(const QString &kind, qint64 productId, const QString &productName, qint64 quantity,
                       const QString &locationId) const;
    /// Journal, outbox and action row in one transaction; then push soon.
    Result<QString> send(const StoreAction &a, const QString &outboxKind, const QJsonObject &payload, qint64 nowMs);

    db::StoreActions &m_store;
    ApprovalGate &m_gate;
    Settings m_settings;
    Clock m_clock;
    QPointer<services::SyncService> m_sync;
};

} // namespace ok
