// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/ports/lockercontroller.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace ok::db {
class Ledger;
class Database;
} // namespace ok::db

namespace ok {

class DeviceManager;

/// The pickup's doors across every locker bank: opens one only after journaling who, why and for
/// which order, follows it until it is shut again, and records what went wrong as an incident
/// (journal and outbox event `locker.incident`) for staff (docs/pickup.md#when-a-door-fails).
///
/// An unlock whose outcome is not "opened" is never repeated here: the driver has already read
/// the door over its verify window. The door's state decides: if it is seen open afterwards
/// (slow springs, firmware that does not answer unlocks), the opening is reported after all,
/// so nobody is sent to staff while their door stands open.
class LockerDoors : public QObject
{
    Q_OBJECT
public:
    /// `leftOpenAfterS`: an opened door still open after this raises doorLeftOpen() and an incident.
    LockerDoors(DeviceManager &devices, db::Database &ledger, int leftOpenAfterS, QObject *parent = nullptr);
    ~LockerDoors() override;

    struct Door {
        ports::LockerController *bank = nullptr;
        ports::LockerCompartment compartment;
    };
    /// Every compartment of every locker bank that is online or configured.
    QList<Door> doors() const;
    std::optional<Door> find(const QString &compartment) const;
    /// The door's last known state; nullopt when unknown (no board answer yet, no such door).
    std::optional<bool> isOpen(const QString &compartment) const;
    /// The compartment's item sensor; nullopt where there is none.
    std::optional<bool> isItemPresent(const QString &compartment) const;

    /// Journal the opening (kind locker.unlock, ref `orderId` or the door) and release the door.
    /// The ticket identifies the outcome signals.
    Result<quint64> open(const QString &compartment, const QString &actor, const QString &reason, const QString &orderId);
    /// An incident for staff, journaled and sent: "did-not-open", "unknown", "left-open" ...
    void recordIncident(const QString &compartment, const QString &outcome, const QString &orderId, const QString &note);

Q_SIGNALS:
    void opened(quint64 ticket, const QString &compartment);
    /// `message` for the person at the kiosk (translated); no door was seen open.
    void failed(quint64 ticket, const QString &compartment, const QString &message);
    /// A door seen open has been shut.
    void closed(const QString &compartment);
    void leftOpen(const QString &compartment);
    /// An incident was recorded (for the staff banner).
    void incident(const QString &compartment, const QString &outcome);

private:
    struct Pending {
        quint64 ticket = 0;
        QString compartment;
        QString actor;
        QString orderId;
        bool failed = false; ///< reported failed: a later opening still counts within the grace
    };
    void onUnlockFinished(const ports::UnlockResult &r);
    void onCompartmentChanged(const QString &compartment, bool open);
    void watch(ports::LockerController *bank);

    DeviceManager &m_devices;
    std::unique_ptr<db::Ledger> m_ledger;
    int m_leftOpenAfterS;
    quint64 m_nextTicket = 0;
    QHash<quint64, Pending> m_byRequest;      ///< driver request id → what we opened
    QHash<QString, Pending> m_late;           ///< compartment → a failed opening that may still open
    QHash<QString, QTimer *> m_openTimers;    ///< compartment → left-open alarm
    QHash<QString, QString> m_openedFor;      ///< compartment → order id of the door we opened
    QList<QPointer<ports::LockerController>> m_watched;
};

} // namespace ok
