// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/config.h"

#include <QObject>

#include <memory>
#include <vector>

namespace ok::dev {
class Device;
}

namespace ok {

/// Builds the configured devices ([device.NAME] sections), opens, claims and enables them, and
/// keeps a readable health line for each. A device whose driver is unknown or whose settings are
/// wrong is listed with the reason instead of stopping the terminal: a till without its printer
/// must still be able to say so.
class DeviceManager : public QObject
{
    Q_OBJECT
public:
    struct Entry {
        DeviceConfig config;
        std::unique_ptr<dev::Device> device; ///< null when it could not be built
        QString problem;                     ///< why it could not be built
    };

    explicit DeviceManager(QObject *parent = nullptr);
    ~DeviceManager() override;

    /// Create every device from configuration and start connecting (asynchronous).
    void start(const QList<DeviceConfig> &devices);
    void stop();

    int count() const { return int(m_entries.size()); }
    const Entry &entry(int i) const { return m_entries.at(size_t(i)); }
    /// The first device of a role, or null.
    dev::Device *byRole(const QString &role) const;
    /// One line per device: "receipt (printer, escpos, tcp 127.0.0.1:9100): online, 0 jobs ...".
    QString healthLine(int i) const;
    bool isOnline(int i) const;
    /// Staff device tests.
    Result<void> testPrint(int i);
    Result<void> openDrawer(int i);

    /// Drivers this build knows, by role.
    static QStringList knownDrivers(const QString &role);

Q_SIGNALS:
    /// Any device's state, power or health changed (index into the list).
    void changed(int index);
    /// A message for the status line: "Printer is out of paper".
    void message(const QString &text);
    /// A scanner device read a valid code (what a lookup uses), or a scan failed validation.
    void scanned(const QString &code);
    void scanFailed(const QString &message);

private:
    std::vector<Entry> m_entries;
};

} // namespace ok
