// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>

namespace ok {

class DeviceManager;

/// Opens the till's cash drawer, and never without a journal entry naming who and why
/// (docs/reliability.md#r8-tamper-evident-journal): after a committed cash sale, a float, a cash
/// movement, a no-sale, a staff drawer test.
class CashDrawerService : public QObject
{
    Q_OBJECT
public:
    explicit CashDrawerService(DeviceManager *devices, QObject *parent = nullptr);

    /// `actor`: the staff id; `reason`: "sale", "float", "no sale" ...; `ref`: the fact's id.
    Result<void> open(const QString &actor, const QString &reason, const QString &ref);
    bool isOpen() const;
    bool isConfigured() const;

Q_SIGNALS:
    void openChanged();

private:
    QPointer<DeviceManager> m_devices;
};

} // namespace ok
