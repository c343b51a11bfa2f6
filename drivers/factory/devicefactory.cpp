// SPDX-License-Identifier: GPL-3.0-or-later
#include "drivers/factory/devicefactory.h"

#include "drivers/locker/lockerbus.h"
#include "drivers/locker/lockerbusconfig.h"
#include "drivers/payment/jsonpaymentterminal.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/scanner/evdevscanner.h"
#include "drivers/scanner/serialscanner.h"

#include <QCoreApplication>

namespace ok::dev {

namespace {

constexpr auto kDefaultProfile = "epson-tm-t20";

QString tr(const char *text)
{
    return QCoreApplication::translate("ok::dev", text); // the context lupdate files these under
}

bool is(const QString &value, const char *what)
{
    return value == QLatin1String(what);
}

/// The cash-drawer keys of a printer section (docs/devices.md#d7-the-drawer-hangs-on-the-printer).
struct DrawerOptions {
    bool pin5 = false;
    int onMs = 100;
    int offMs = 100;
    bool openHigh = true;
    int leftOpenS = 60;
};

/// A bad value names the section and key.
Result<DrawerOptions> drawerOptions(const DeviceSpec &c)
{
    DrawerOptions d;
    const auto bad = [&c](const char *key, const QString &value, const QString &what) {
        return Error { QStringLiteral("device.bad-option"),
            tr("[device.%1] %2: \"%3\" %4").arg(c.name, QLatin1String(key), value, what) };
    };
    const auto number = [&c](const char *key, int fallback, bool *ok) {
        const QString v = c.options.value(QLatin1String(key));
        *ok = true;
        return v.isEmpty() ? fallback : v.trimmed().toInt(ok);
    };
    bool ok = false;
    const int pin = number("drawer_pin", 2, &ok);
    if (!ok || (pin != 2 && pin != 5))
        return bad("drawer_pin", c.options.value(QStringLiteral("drawer_pin")), tr("must be 2 or 5"));
    d.pin5 = pin == 5;
    // ESC p counts the pulse in 2 ms units, 1 to 255.
    d.onMs = number("drawer_on_ms", 100, &ok);
    if (!ok || d.onMs < 2 || d.onMs > 510)
        return bad("drawer_on_ms", c.options.value(QStringLiteral("drawer_on_ms")),
            tr("must be a whole number of milliseconds from 2 to 510"));
    d.offMs = number("drawer_off_ms", 100, &ok);
    if (!ok || d.offMs < 2 || d.offMs > 510)
        return bad("drawer_off_ms", c.options.value(QStringLiteral("drawer_off_ms")),
            tr("must be a whole number of milliseconds from 2 to 510"));
    const QString level = c.options.value(QStringLiteral("drawer_open_level"), QStringLiteral("high")).trimmed();
    if (level != QLatin1String("high") && level != QLatin1String("low"))
        return bad("drawer_open_level", level, tr("must be high or low"));
    d.openHigh = level == QLatin1String("high");
    d.leftOpenS = number("drawer_left_open_s", 60, &ok);
    if (!ok || d.leftOpenS < 1 || d.leftOpenS > 86400)
        return bad("drawer_left_open_s", c.options.value(QStringLiteral("drawer_left_open_s")),
            tr("must be a whole number of seconds from 1 to 86400"));
    return d;
}

bool isEvdevScanner(const DeviceSpec &c)
{
    return is(c.role, "scanner") && (is(c.driver, "evdev-scanner") || (c.driver.isEmpty() && is(c.transport, "evdev")));
}

/// `transport`: null to make the evdev transport the spec names.
Result<std::unique_ptr<Device>> buildEvdevScanner(const DeviceSpec &c, std::unique_ptr<Transport> transport)
{
    if (!is(c.transport, "evdev"))
        return Error { QStringLiteral("device.bad-transport"),
            tr("driver evdev-scanner reads an input device: set transport = evdev (not %1)").arg(c.transport) };
    const QString section = QStringLiteral("[device.%1]").arg(c.name);
    auto config = scanner::ScannerConfig::fromOptions(c.options, section);
    if (!config)
        return config.error();
    auto options = scanner::EvdevScannerOptions::fromOptions(c.options, section);
    if (!options)
        return options.error();
    if (!transport)
        transport = std::make_unique<scanner::EvdevTransport>(c.port, options->grab);
    return std::unique_ptr<Device>(
        std::make_unique<scanner::EvdevScanner>(c.name, std::move(transport), config.value(), options->maxKeyGap));
}

/// Everything but the evdev scanner, on a transport already made.
Result<std::unique_ptr<Device>> buildOn(
    const DeviceSpec &c, const QStringList &profileDirs, std::unique_ptr<Transport> transport)
{
    if (is(c.role, "payment") && (c.driver.isEmpty() || is(c.driver, "omnikiosk-json")))
        return std::unique_ptr<Device>(std::make_unique<payment::JsonPaymentTerminal>(c.name, std::move(transport)));
    if (is(c.role, "printer") && (c.driver.isEmpty() || is(c.driver, "escpos"))) {
        auto profile = escpos::PrinterProfile::load(
            c.profile.isEmpty() ? QString::fromLatin1(kDefaultProfile) : c.profile, profileDirs);
        if (!profile)
            return profile.error();
        auto drawer = drawerOptions(c);
        if (!drawer)
            return drawer.error();
        auto p = std::make_unique<escpos::EscPosPrinter>(c.name, std::move(transport), profile.value());
        p->setDrawer(drawer->pin5 ? DrawerPin::Pin5 : DrawerPin::Pin2, drawer->onMs, drawer->offMs, drawer->openHigh);
        p->setDrawerLeftOpenAfter(std::chrono::seconds(drawer->leftOpenS));
        return std::unique_ptr<Device>(std::move(p));
    }
    if (is(c.role, "scanner") && (c.driver.isEmpty() || is(c.driver, "serial-scanner"))) {
        auto config = scanner::ScannerConfig::fromOptions(c.options, QStringLiteral("[device.%1]").arg(c.name));
        if (!config)
            return config.error();
        return std::unique_ptr<Device>(
            std::make_unique<scanner::SerialScanner>(c.name, std::move(transport), config.value()));
    }
    if (is(c.role, "locker") && (is(c.driver, "kerong-cu16") || is(c.driver, "xor-lock"))) {
        QMap<QString, QString> options = c.options;
        options.insert(
            QStringLiteral("protocol"), is(c.driver, "xor-lock") ? QStringLiteral("xor") : QStringLiteral("kerong"));
        auto config = locker::LockerBusConfig::fromOptions(options);
        if (!config)
            return config.error();
        return std::unique_ptr<Device>(
            std::make_unique<locker::LockerBus>(c.name, std::move(transport), config.value()));
    }
    return Error { QStringLiteral("device.no-driver"),
        tr("no driver \"%1\" for role %2 in this build (known: %3)")
            .arg(c.driver, c.role, knownDrivers(c.role).join(QLatin1String(", "))) };
}

} // namespace

Result<std::unique_ptr<Device>> buildDevice(const DeviceSpec &spec, const QStringList &profileDirs)
{
    // Keyboard-wedge scanners read through evdev have their own transport.
    if (isEvdevScanner(spec))
        return buildEvdevScanner(spec, nullptr);
    if (is(spec.transport, "evdev"))
        return Error { QStringLiteral("device.bad-transport"),
            tr("transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)") };
    auto transport = makeTransport({ spec.transport, spec.port, spec.options });
    if (!transport)
        return transport.error();
    return buildOn(spec, profileDirs, std::move(transport).value());
}

Result<std::unique_ptr<Device>> buildDevice(
    const DeviceSpec &spec, const QStringList &profileDirs, std::unique_ptr<Transport> transport)
{
    Q_ASSERT(transport);
    if (isEvdevScanner(spec))
        return buildEvdevScanner(spec, std::move(transport));
    if (is(spec.transport, "evdev"))
        return Error { QStringLiteral("device.bad-transport"),
            tr("transport evdev is for keyboard-wedge scanners (role = scanner, driver = evdev-scanner)") };
    return buildOn(spec, profileDirs, std::move(transport));
}

QStringList knownDrivers(const QString &role)
{
    if (is(role, "payment"))
        return { QStringLiteral("omnikiosk-json") };
    if (is(role, "printer"))
        return { QStringLiteral("escpos") };
    if (is(role, "scanner"))
        return { QStringLiteral("serial-scanner"), QStringLiteral("evdev-scanner") };
    if (is(role, "locker"))
        return { QStringLiteral("kerong-cu16"), QStringLiteral("xor-lock") };
    return {};
}

} // namespace ok::dev
