// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "drivers/device/device.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace ok::dev {

/// One configured device: a [device.NAME] section (docs/configuration.md). Drivers read their
/// own keys from `options`.
struct DeviceSpec {
    QString name;
    QString role; ///< printer, scanner, locker, drawer, payment
    QString driver; ///< e.g. escpos, kerong-cu16, xor-lock, serial-scanner, evdev-scanner; empty: the role's default
    QString transport; ///< serial, tcp, usblp, evdev
    QString port; ///< /dev/ttyUSB0, 127.0.0.1:9100, /dev/usb/lp0, /dev/input/event3
    QString profile; ///< printers: the printer profile's id (default epson-tm-t20)
    QMap<QString, QString> options; ///< every other key of the section
};

/// Build the device a spec describes, closed (the caller opens, claims and enables it), with its
/// transport made from the spec. The concrete class implements the role's port
/// (drivers/ports/): ports::ReceiptPrinter (escpos), ports::ScanSource (serial-scanner,
/// evdev-scanner), ports::LockerController (kerong-cu16, xor-lock), ports::PaymentTerminal
/// (omnikiosk-json); callers reach it with qobject_cast to the port.
///
/// `profileDirs`: where printer profiles are looked for before the built-in ones
/// (/etc/omnikiosk/printers on a terminal).
///
/// Errors name the section and key a person has to fix: "device.no-driver" (with the drivers this
/// build knows), "device.bad-transport", "device.bad-option", and those of the transport, the
/// printer profile, the scanner and the locker configuration.
Result<std::unique_ptr<Device>> buildDevice(const DeviceSpec &spec, const QStringList &profileDirs);

/// The test seam: build the device exactly as configured, but on `transport` (a scripted
/// in-process transport in unit tests) instead of the one the spec names. `spec.transport` and
/// `spec.port` are still checked where a driver depends on them (an evdev scanner needs
/// transport = evdev), and `transport` must not be null.
Result<std::unique_ptr<Device>> buildDevice(
    const DeviceSpec &spec, const QStringList &profileDirs, std::unique_ptr<Transport> transport);

/// Drivers this build knows for `role` ("printer" -> escpos), the default first; empty for an
/// unknown role.
QStringList knownDrivers(const QString &role);

} // namespace ok::dev
