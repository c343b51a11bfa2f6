// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicemanager.h"

#include "drivers/device/device.h"
#include "drivers/factory/devicefactory.h"
#include "drivers/ports/cashdrawer.h"
#include "drivers/ports/lockercontroller.h"
#include "drivers/ports/paymentterminal.h"
#include "drivers/ports/receiptprinter.h"
#include "drivers/ports/scansource.h"
#include "services/printspooler.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcDevices, "omnikiosk.services.devices", QtInfoMsg)

namespace ok {

namespace {
/// Where a store keeps its own printer profiles (beside the ones compiled in).
const QString kProfileDir = QStringLiteral("/etc/omnikiosk/printers");
} // namespace

DeviceManager::DeviceManager(QObject *parent)
    : QObject(parent)
{
}

DeviceManager::~DeviceManager()
{
    stop();
}

void DeviceManager::setLedger(db::Database *ledger)
{
    m_ledger = ledger;
}

QStringList DeviceManager::knownDrivers(const QString &role)
{
    return dev::knownDrivers(role);
}

db::Database *DeviceManager::queueDatabase()
{
    if (m_ledger)
        return m_ledger;
    if (!m_queueDb) {
        // No ledger (omnikiosk --devices, tests): printing still works, but the queue is not kept.
        m_queueDir = std::make_unique<QTemporaryDir>();
        auto db = m_queueDir->isValid() ? db::openLedger(m_queueDir->filePath(QStringLiteral("print-queue.db")))
                                        : Result<std::unique_ptr<db::Database>>(Error{QStringLiteral("db.tmp"), m_queueDir->errorString()});
        if (!db) {
            qCWarning(lcDevices).noquote() << "no print queue:" << db.error().message;
            return nullptr;
        }
        m_queueDb = std::move(db).value();
        qCInfo(lcDevices) << "no ledger given: print queues are temporary";
    }
    return m_queueDb.get();
}

void DeviceManager::start(const QList<DeviceConfig> &devices)
{
    stop();
    for (const DeviceConfig &c : devices) {
        Entry e;
        e.config = c;
        auto d = dev::buildDevice(c, {kProfileDir});
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
        if (auto *scans = qobject_cast<ports::ScanSource *>(dev)) {
            connect(scans, &ports::ScanSource::scanRead, this, [this](const ports::Scan &scan) {
                if (m_scanTest) {
                    m_lastScan = {scan.source, QDateTime::currentMSecsSinceEpoch(), true, scan.raw, scan.meaning, QString()};
                    Q_EMIT lastScanChanged();
                }
                Q_EMIT scanned(scan.code);
            });
            connect(scans, &ports::ScanSource::scanRejected, this, [this](const QString &source, const QString &why) {
                if (m_scanTest) {
                    m_lastScan = {source, QDateTime::currentMSecsSinceEpoch(), false, QString(), QString(), why};
                    Q_EMIT lastScanChanged();
                }
                Q_EMIT scanFailed(why);
            });
        }
        if (auto *printer = qobject_cast<ports::ReceiptPrinter *>(dev)) {
            if (db::Database *db = queueDatabase()) {
                m_entries.back().spooler = std::make_unique<PrintSpooler>(*db, printer);
                m_entries.back().spooler->setPaperWording(m_paperWording);
                watchSpooler(index);
            }
            if (ports::CashDrawer *drawer = printer->cashDrawer())
                connect(drawer, &ports::CashDrawer::openChanged, this, [this, index] { Q_EMIT changed(index); });
        }
        (void)dev->open();
        (void)dev->claim();
        (void)dev->enable();
        if (m_entries.back().spooler)
            m_entries.back().spooler->start();
    }
}

void DeviceManager::watchSpooler(int index)
{
    PrintSpooler *s = m_entries.at(size_t(index)).spooler.get();
    connect(s, &PrintSpooler::jobsChanged, this, [this, index] {
        Q_EMIT printQueueChanged(index);
        Q_EMIT changed(index);
    });
    connect(s, &PrintSpooler::jobPrinted, this, [this, index](qint64 id, const QString &kind) {
        if (kind == QLatin1String("test"))
            setLastTest(index, tr("Test print %1 printed").arg(id));
    });
    connect(s, &PrintSpooler::jobWaiting, this, [this, index](qint64 id, const QString &kind, const QString &reason) {
        if (kind == QLatin1String("test"))
            setLastTest(index, tr("Test print %1 waits for the printer: %2").arg(id).arg(reason));
    });
    connect(s, &PrintSpooler::jobUncertain, this, [this, index](qint64 id, const QString &kind, const QString &reason) {
        if (kind == QLatin1String("test"))
            setLastTest(index, tr("Test print %1 may not have printed: %2").arg(id).arg(reason));
        else
            Q_EMIT message(tr("A receipt may not have printed: check the printer and its queue on the device screen"));
    });
}

void DeviceManager::stop()
{
    for (auto &e : m_entries) {
        e.spooler.reset(); // before its printer; a job on the wire stays 'sending' -> uncertain next start
        if (e.device)
            e.device->close();
    }
    m_entries.clear();
}

QString DeviceManager::healthLine(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    if (!e.device)
        return tr("%1 (%2): not available: %3").arg(e.config.name, e.config.role, e.problem);
    QString line = e.device->checkHealth();
    if (e.spooler) {
        const int queued = e.spooler->queuedCount();
        const int uncertain = e.spooler->uncertainCount();
        if (queued > 0 || uncertain > 0)
            line += QStringLiteral(" — ") + tr("print queue: %1 waiting, %2 uncertain").arg(queued).arg(uncertain);
    }
    return line;
}

bool DeviceManager::isOnline(int i) const
{
    const Entry &e = m_entries.at(size_t(i));
    return e.device && e.device->power() == dev::Device::Power::Online;
}

ports::ReceiptPrinter *DeviceManager::printer(int i) const
{
    return i >= 0 && i < count() ? qobject_cast<ports::ReceiptPrinter *>(m_entries.at(size_t(i)).device.get()) : nullptr;
}

ports::LockerController *DeviceManager::locker(int i) const
{
    return i >= 0 && i < count() ? qobject_cast<ports::LockerController *>(m_entries.at(size_t(i)).device.get()) : nullptr;
}

ports::ReceiptPrinter *DeviceManager::receiptPrinter() const
{
    for (int i = 0; i < count(); ++i)
        if (auto *p = printer(i))
            return p;
    return nullptr;
}

ports::CashDrawer *DeviceManager::cashDrawer() const
{
    ports::ReceiptPrinter *p = receiptPrinter();
    return p ? p->cashDrawer() : nullptr;
}

ports::PaymentTerminal *DeviceManager::paymentTerminal() const
{
    for (const auto &e : m_entries)
        if (auto *t = qobject_cast<ports::PaymentTerminal *>(e.device.get()))
            return t;
    return nullptr;
}

PrintSpooler *DeviceManager::spooler(int i) const
{
    if (i < 0 || i >= count())
        return nullptr;
    return m_entries.at(size_t(i)).spooler.get();
}

PrintSpooler *DeviceManager::receiptSpooler() const
{
    for (const auto &e : m_entries)
        if (e.spooler)
            return e.spooler.get();
    return nullptr;
}

QString DeviceManager::receiptPrinterProblem() const
{
    ports::ReceiptPrinter *p = receiptPrinter();
    if (!p)
        return tr("No receipt printer configured");
    if (p->power() != dev::Device::Power::Online)
        return tr("Receipt printer offline: receipts wait in the queue");
    QString what = p->problem();
    if (what.isEmpty())
        return {};
    if (!what.endsWith(QLatin1Char('.')))
        what += QLatin1Char('.');
    return tr("Receipt printer: %1 Receipts wait in the queue.").arg(what);
}

QStringList DeviceManager::compartments(int i) const
{
    QStringList ids;
    if (ports::LockerController *bank = locker(i))
        for (const auto &c : bank->compartments())
            ids << c.id;
    return ids;
}

void DeviceManager::setLastTest(int i, const QString &text)
{
    if (i < 0 || i >= count())
        return;
    m_entries.at(size_t(i)).lastTest = text;
    Q_EMIT changed(i);
}

void DeviceManager::setScanTestActive(bool on)
{
    if (on == m_scanTest)
        return;
    m_scanTest = on;
    m_lastScan = {};
    Q_EMIT lastScanChanged();
}

} // namespace ok
