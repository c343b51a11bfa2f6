// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pickuporder.h"
#include "core/result.h"
#include "services/clock.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace ok::db {
class Pickups;
}

namespace ok {

class ApprovalGate;
class LockerDoors;
class PickupDesk;

/// Staff's side of click-and-collect (docs/pickup.md#staff): load the lockers, hand orders over
/// at the counter, take expired parcels back, extend a pickup, unlock an order locked after wrong
/// codes, open any door with a reason. Each action checks the signed-in person's permission
/// (HandOverOrders, ManagePickup, OpenLockerDoor) and is journaled with them; the order's facts
/// go to the outbox for the central service. Works the same offline.
class PickupCounter : public QObject
{
    Q_OBJECT
public:
    PickupCounter(db::Pickups &store, LockerDoors &doors, ApprovalGate &gate, Clock clock, QObject *parent = nullptr);

    /// Orders matching `search`: an order number, a first name, or a pickup code / QR token
    /// (checked like the kiosk does, but without counting failures against the customer).
    Result<QList<PickupOrder>> find(const QString &search);
    Result<std::optional<PickupOrder>> order(const QString &id);
    /// What happened to the order on this terminal (journal), oldest first.
    struct Event {
        qint64 atMs = 0;
        QString kind; ///< journal kind: pickup.collected, pickup.loaded, locker.unlock ...
        QString actor;
        QJsonObject payload;
    };
    Result<QList<Event>> history(const QString &id);

    /// Free compartments for `parcels` parcels: closed, holding no order; the smallest first, or
    /// the lowest rows first for a customer who asked for accessible compartments.
    QStringList proposeCompartments(int parcels, bool accessible) const;
    /// Open the compartments for loading `orderId`; when every door is shut again (and, where
    /// the board has item sensors, each compartment reads occupied) the order is ready there
    /// (event locker.loaded). A compartment holding another order is refused.
    Result<void> load(const QString &orderId, const QStringList &compartments);
    /// Put the order at the counter instead (full lockers, an oversize parcel).
    Result<void> readyAtCounter(const QString &orderId);
    /// Hand the order over at the counter. `refusedLines`: line_no → quantity the customer did
    /// not take (an order.refused event the central service refunds). `idDocument`: the type of
    /// document checked, for orders that need it ("" = none).
    Result<void> handOver(const QString &orderId, const QHash<int, qint64> &refusedLines, const QString &idDocument);
    /// An expired order's parcel comes out (its doors open; when they are shut the order goes
    /// back to stock: event order.expired).
    Result<void> takeBack(const QString &orderId);
    Result<void> extend(const QString &orderId, int days);
    Result<void> unlock(const QString &orderId, const QString &reason);
    Result<void> openAnyDoor(const QString &compartment, const QString &reason);

Q_SIGNALS:
    /// Something an order screen shows changed (an order, a door, an outcome).
    void changed(const QString &message);

private:
    QString actor() const;
    Result<PickupOrder> require(const QString &orderId);
    void onClosed(const QString &compartment);
    void onFailed(quint64 ticket, const QString &compartment, const QString &message);

    db::Pickups &m_store;
    LockerDoors &m_doors;
    ApprovalGate &m_gate;
    Clock m_clock;
    struct Job {
        enum class Kind { Load, TakeBack } kind = Kind::Load;
        QString orderId;
        QString actor;
        QStringList compartments;
        QStringList waiting; ///< doors still open or opening
    };
    QList<Job> m_jobs;

    void finishLoading(const Job &done);
};

} // namespace ok
