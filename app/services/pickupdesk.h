// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pickuporder.h"
#include "core/result.h"
#include "services/clock.h"

#include <QObject>
#include <QSet>

namespace ok::db {
class Pickups;
}

namespace ok {

class LockerDoors;

struct PickupSettings {
    QString storeId;
    QByteArray tokenKey;   ///< Ed25519 public key of the central service (32 bytes); empty: QR codes refused
    int lockAfter = 5;     ///< wrong codes naming one order before it is locked for staff
    int freeFailures = 3;  ///< wrong codes in a row before the terminal makes people wait
    int maxDelayS = 120;   ///< the longest wait between tries
};

/// The customer's side of click-and-collect (docs/pickup.md): a typed code or a scanned QR
/// token is checked here, online or offline, against the order's verifier or the central
/// service's signature, with the throttling that makes guessing hopeless; then the order's
/// doors open and the handover is recorded once a door stands open.
///
/// Nothing that arrives from the network opens a door: only collect() does, with an order this
/// object verified itself moments before.
class PickupDesk : public QObject
{
    Q_OBJECT
public:
    PickupDesk(PickupSettings settings, db::Pickups &store, LockerDoors &doors, Clock clock, QObject *parent = nullptr);

    /// A verified order, ready to collect.
    struct Verified {
        PickupOrder order;
        QString how; ///< "code" or "qr"
    };
    /// Check what the customer typed or scanned. Errors carry a kind message for the customer;
    /// codes: pickup.malformed, pickup.wait, pickup.wrong, pickup.locked, pickup.unknown,
    /// pickup.other-store, pickup.collected, pickup.cancelled, pickup.expired, pickup.not-ready.
    Result<Verified> verify(const QString &input);
    /// Milliseconds until the next try is accepted (0 = now).
    qint64 waitMs() const;

    /// Hand a verified order over: a locker order's doors open (the handover is recorded when
    /// they stand open); a counter order, or one that needs an identity check, raises
    /// counterCall() for staff. `verified` must come
    /// from verify() on this desk (its order is read again: a handover between the two is seen).
    Result<void> collect(const Verified &verified);

Q_SIGNALS:
    /// A door of the order being collected stands open (the handover is on disk).
    void doorOpened(const QString &compartment);
    /// Every door of the order has been shut again.
    void allDoorsClosed();
    /// A door did not open: the customer goes to staff; an incident is recorded.
    void doorFailed(const QString &compartment, const QString &message);
    /// A customer waits at the counter for order `number`.
    void counterCall(const QString &orderId, const QString &number, const QString &firstName);

private:
    Error refusal(const PickupOrder &o) const;
    static Error unknownOrder();
    static Error lockedOrder();
    Result<Verified> verifyToken(const QString &text);
    Result<Verified> verifyCode(const QString &text);
    Result<void> recordHandover();
    void onOpened(quint64 ticket, const QString &compartment);
    void onFailed(quint64 ticket, const QString &compartment, const QString &message);
    void onClosed(const QString &compartment);

    PickupSettings m_settings;
    db::Pickups &m_store;
    LockerDoors &m_doors;
    Clock m_clock;
    // The collection in progress (one customer at a time at a kiosk).
    Verified m_current;
    QSet<quint64> m_tickets;
    QSet<QString> m_open;
    bool m_recorded = false;
};

} // namespace ok
