// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicemanager.h"

#include "drivers/device/device.h"
#include "drivers/locker/lockerbus.h"
#include "drivers/locker/lockerbusconfig.h"
#include "drivers/payment/paymentterminal.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposprinter.h"
#include "drivers/printer/receiptdocument.h"
#include "drivers/scanner/serialscanner.h"

#include <QDateTime>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDevices, "omnikiosk.services.devices", QtInfoMsg)

namespace ok {

namespace {
Result<std::unique_ptr<dev::Device>> build(const DeviceConfig &c)
{
    auto transport = dev::makeTransport({c.transport, c.port, c.options});
    if (!transport)
        return transport.error();
    if (c.role == QLatin1String("payment") && (c.driver.isEmpty() || c.driver == QLatin1String("omnikiosk-json"))) {
        auto t = std::make_unique<payment::PaymentTerminal>(c.name, std::move(transport).value());
        return std::unique_ptr<dev::Device>(std::move(t));
    }
    if (c.role == QLatin1String("printer") && (c.driver.isEmpty() || c.driver == QLatin1String("escpos"))) {
        auto profile = escpos::PrinterProfile::load(c.profile.isEmpty() ? QStringLiteral("epson-tm-t20") : c.profile,
                                                    {QStringLiteral("/etc/omnikiosk/printers")});
        if (!profile)
            return profile.error();
        auto p = std::make_unique<escpos::EscPosPrinter>(c.name, std::move(transport).value(), profile.value());
        const int pin = c.options.value(QStringLiteral("drawer_pin"), QStringLiteral("2")).toInt();
        p->setDrawer(pin == 5 ? escpos::DrawerPin::Pin5 : escpos::DrawerPin::Pin2,
                     c.options.value(QStringLiteral("drawer_on_ms"), QStringLiteral("100")).toInt(),
                     c.options.value(QStringLiteral("drawer_off_ms"), QStringLiteral("100")).toInt(),
                     c.options.value(QStringLiteral("drawer_open_level"), QStringLiteral("high")) == QLatin1String("high"));
        p->setDrawerLeftOpenAfter(std::chrono::seconds(c.options.value(QStringLiteral("drawer_left_open_s"), QStringLiteral("60")).toInt()));
        return std::unique_ptr<dev::Device>(std::move(p));
    }
    if (c.role == QLatin1String("scanner") && (c.driver.isEmpty() || c.driver == QLatin1String("serial-scanner"))) {
        auto config = scanner::ScannerConfig::fromOptions(c.options, QStringLiteral("device.") + c.name);
        if (!config)
            return config.error();
        return std::unique_ptr<dev::Device>(std::make_unique<scanner::SerialScanner>(c.name, std::move(transport).value(), config.value()));
    }
    if (c.role == QLatin1String("locker") && (c.driver == QLatin1String("kerong-cu16") || c.driver == QLatin1String("xor-lock"))) {
        QMap<QString, QString> options = c.options;
        options.insert(QStringLiteral("protocol"), c.driver == QLatin1String("xor-lock") ? QStringLiteral("xor") : QStringLiteral("kerong"));
        auto config = locker::LockerBusConfig::fromOptions(options);
        if (!config)
            return config.error();
        return std::unique_ptr<dev::Device>(std::make_unique<locker::LockerBus>(c.name, std::move(transport).value(), config.value()));
    }
    return Error{QStringLiteral("device.no-driver"),
                 DeviceManager::tr("no driver \"%1\" for role %2 in this build (known: %3)")
                     .arg(c.driver, c.role, DeviceManager::knownDrivers(c.role).join(QLatin1String(", ")))};
}
} // namespace

DeviceManager::DeviceManager(QObject *parent)
    : QObject(parent)
{
}

DeviceManager::~DeviceManager()
{
    stop();
}

QStringList DeviceManager::knownDrivers(const QString &role)
{
    if (role == QLatin1String("payment"))
        return {QStringLiteral("omnikiosk-json")};
    if (role == QLatin1String("printer"))
        return {QStringLiteral("escpos")};
    if (role == QLatin1String("scanner"))
        return {QStringLiteral("serial-scanner")};
    if (role == QLatin1String("locker"))
        return {QStringLiteral("kerong-cu16"), QStringLiteral("xor-lock")};
    return {};
}

void DeviceManager::start(const QList<DeviceConfig> &devices)
{
    stop();
    for (const DeviceConfig &c : devices) {
        Entry e;
        e.config = c;
        auto d = build(c);
        if (!d) {
            e.problem = d.error().message;
            qCWarning(lcDevices).noquote() << c.name << e.problem;
            m_entries.push_back(std::move(e));
            continue;
        }
        e.device = std::move(d).value();
        m_entries.push_back(std::move(e));
        const int index = int(m_entries.size()) - 1;
        dev::Device *dev = m_entries.back().device.get();
        connect(dev, &dev::Device::stateChanged, this, [this, index] { Q_EMIT changed(index); });
        connect(dev, &dev::Device::powerChanged, this, [this, index] { Q_EMIT changed(index); });
        connect(dev, &dev::Device::errorOccurred, this, [this, index](const dev::DeviceError &err) {
            Q_EMIT changed(index);
            Q_EMIT message(err.message);
        });
        connect(dev, &dev::Device::statusMessage, this, &DeviceManager::message);
        if (auto *sc = qobject_cast<scanner::SerialScanner *>(dev)) {
            connect(sc, &scanner::SerialScanner::scanned, this, [this](const scanner::ScanResult &r) {
                // Lookups use the code as printed on the pack; GS1 strings go by their GTIN.
                const QString code = !r.gtinAsScanned.isEmpty() ? r.gtinAsScanned : !r.gs1.gtin.isEmpty() ? r.gs1.gtin : r.text;
                Q_EMIT scanned(code);
            });
            connect(sc, &scanner::SerialScanner::scanFailed, this, [this](const Error &e) { Q_EMIT scanFailed(e.message); });
        }
        if (auto *pr = qobject_cast<escpos::EscPosPrinter *>(dev))
            connect(pr, &escpos::EscPosPrinter::jobFinished, this, [this, index](qint64, bool printed, const QString &msg) {
                Q_EMIT changed(index);
                if (!printed)
                    Q_EMIT message(msg);
            });
        (void)dev->open();
        (void)dev->claim();
        (void)dev->enable();
    }
}

void DeviceManager::stop()
{
    for (auto &e : m_entries)
        if (e.device)
            e.device->close();
    m_entries.clear();
}

dev::Device *DeviceManager::byRole(const QString &role) const
{
    for (const auto &e : m_entries)
        if (e.device && e.config.role == role)
            return e.device.get();
    return nullptr;
}

QString DeviceManager::healthLine(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    if (!e.device)
        return tr("%1 (%2): not available: %3").arg(e.config.name, e.config.role, e.problem);
    return e.device->checkHealth();
}

Result<void> DeviceManager::testPrint(int i)
{
    auto *p = qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get());
    if (!p)
        return Error{QStringLiteral("device.not-a-printer"), tr("This device is not a receipt printer")};
    escpos::ReceiptDocument doc(QStringLiteral("en"));
    escpos::TextStyle title;
    title.alignment = escpos::Alignment::Centre;
    title.bold = true;
    doc.addText(tr("Omnikiosk test print"), title);
    doc.addSeparator();
    doc.addTwoColumns(tr("Printer"), p->name());
    doc.addTwoColumns(tr("Profile"), p->profile().id());
    doc.addTwoColumns(tr("Time"), QDateTime::currentDateTime().toString(Qt::ISODate));
    doc.addText(QStringLiteral("Zażółć gęślą jaźń · Съешь же ещё · Blåbær · Perché €"));
    doc.addCut(escpos::CutType::Partial, 3);
    return p->print(-1, escpos::Encoder::encode(doc, p->profile()));
}

Result<void> DeviceManager::openDrawer(int i)
{
    auto *p = qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get());
    if (!p)
        return Error{QStringLiteral("device.not-a-printer"), tr("The cash drawer hangs on a receipt printer")};
    return p->kickDrawer();
}

bool DeviceManager::isOnline(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    return e.device && e.device->power() == dev::Device::Power::Online;
}

} // namespace ok
