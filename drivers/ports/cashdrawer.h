// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

namespace ok::ports {

/// The role "cash drawer". Drawers hang on a receipt printer's drawer port
/// (docs/devices.md#d7-the-drawer-hangs-on-the-printer), so a printer driver owns one; the
/// interface does not say so, and a drawer on its own port would implement it too.
///
/// open() only pulses the solenoid. Who opened it and why is the caller's to journal
/// (services::CashDrawerService): a drawer never opens without a journal entry.
class CashDrawer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// The device the drawer hangs on ("receipt").
    virtual QString deviceName() const = 0;
    /// Pulse the drawer open. Errors when the printer is not connected (nothing sent).
    virtual Result<void> open() = 0;
    /// The sensor reads open (false when it was never read).
    virtual bool isOpen() const = 0;

Q_SIGNALS:
    void openChanged(bool open);
    /// Open longer than the configured time.
    void leftOpen();
};

} // namespace ok::ports
