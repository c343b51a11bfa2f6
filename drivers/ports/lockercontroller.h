// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drivers/device/device.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace ok::ports {

/// One compartment (door) of a locker bank.
struct LockerCompartment {
    enum class Size { Small, Medium, Large };
    QString id;      ///< "A01": what people and the journal call it
    int board = 0;
    int channel = 0;
    Size size = Size::Medium;
    int row = 0;     ///< 0 = the top row: for pictures of the bank and accessible loading
    int column = 0;
};

/// The outcome of one unlock, as the person at the kiosk and the door journal need it.
struct UnlockResult {
    enum class Outcome {
        Opened,     ///< the door switch reads open
        DidNotOpen, ///< the board answered but the door stayed shut (jammed, blocked, held closed)
        Unknown,    ///< the board stopped answering: nobody knows; someone must look at the locker
        NotSent,    ///< the unlock never reached the wire (the bus went away first): safe to try again
    };
    quint64 requestId = 0;
    int board = -1;
    int channel = -1;
    QString compartment; ///< id of the compartment; empty when the lock is not mapped
    QString reason;      ///< as the caller gave it
    Outcome outcome = Outcome::Unknown;
    QString message;     ///< for the person at the kiosk, translated
};

/// The role "locker controller": the doors of one locker bank.
///
/// An unlock is never repeated by the driver (docs/devices.md#d14-never-a-blind-second-unlock);
/// after it, the driver only reads the door and reports what it saw.
///
/// Contract of openCompartment(): the caller has local proof for this door
/// (docs/reliability.md#r6-doors-open-only-on-local-proof) and journals who and why before and
/// after (services::LockerDoors). `reason` is logged and must never hold a pickup code or
/// customer data.
class LockerController : public dev::Device
{
    Q_OBJECT
public:
    using dev::Device::Device;

    virtual QList<LockerCompartment> compartments() const = 0;
    /// Release one door; the outcome arrives as unlockFinished() with the returned id.
    virtual Result<quint64> openCompartment(const QString &compartment, const QString &reason) = 0;
    /// The door's last known state; nullopt until its board answered once.
    virtual std::optional<bool> isCompartmentOpen(const QString &compartment) const = 0;
    /// Whether the compartment's item sensor sees a parcel; nullopt where the board has no
    /// sensors (or has not answered yet).
    virtual std::optional<bool> isItemPresent(const QString &compartment) const
    {
        Q_UNUSED(compartment);
        return std::nullopt;
    }

Q_SIGNALS:
    void unlockFinished(const ok::ports::UnlockResult &result);
    void compartmentChanged(const QString &compartment, bool open);
};

} // namespace ok::ports

Q_DECLARE_METATYPE(ok::ports::UnlockResult)
