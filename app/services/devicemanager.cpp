// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicemanager.h"

#include "drivers/device/device.h"
#include "drivers/factory/devicefactory.h"
#include "drivers/locker/lockerbus.h"
#include "drivers/ports/paymentterminal.h"
#include "drivers/printer/encoder.h"
#include "drivers/printer/escposprinter.h"
#include "core/receiptdocument.h"
#include "drivers/scanner/scannerdevice.h"
#include "services/printspooler.h"
#include "storage/ledger.h"
#include "storage/sqlite.h"
#include "storage/stores.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcDevices, "omnikiosk.services.devices", QtInfoMsg)

namespace ok {

namespace {

constexpr qsizetype kShownScanBytes = 64;

bool is(const QString &value, const char *what)
{
    return value == QLatin1String(what);
}

QString outcomeName(ports::UnlockResult::Outcome o)
{
    switch (o) {
    case ports::UnlockResult::Outcome::Opened: return QStringLiteral("opened");
    case ports::UnlockResult::Outcome::DidNotOpen: return QStringLiteral("did-not-open");
    case ports::UnlockResult::Outcome::Unknown: return QStringLiteral("unknown");
    case ports::UnlockResult::Outcome::NotSent: return QStringLiteral("not-sent");
    }
    return {};
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
        auto d = dev::buildDevice(c, {QStringLiteral("/etc/omnikiosk/printers")});
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
        if (auto *sc = qobject_cast<scanner::ScannerDevice *>(dev)) {
            connect(sc, &scanner::ScannerDevice::scanned, this, [this, sc](const scanner::ScanResult &r) {
                if (m_scanTest) {
                    m_lastScan = {sc->name(), QDateTime::currentMSecsSinceEpoch(), true,
                                  scanner::escapeBytes(r.raw.left(kShownScanBytes)) + (r.raw.size() > kShownScanBytes ? QStringLiteral("…") : QString()),
                                  scanner::describeScan(r), QString()};
                    Q_EMIT lastScanChanged();
                }
                // Lookups use the code as printed on the pack; GS1 strings go by their GTIN.
                const QString code = !r.gtinAsScanned.isEmpty() ? r.gtinAsScanned : !r.gs1.gtin.isEmpty() ? r.gs1.gtin : r.text;
                Q_EMIT scanned(code);
            });
            connect(sc, &scanner::ScannerDevice::scanFailed, this, [this, sc](const Error &e) {
                if (m_scanTest) {
                    m_lastScan = {sc->name(), QDateTime::currentMSecsSinceEpoch(), false, QString(), QString(), e.message};
                    Q_EMIT lastScanChanged();
                }
                Q_EMIT scanFailed(e.message);
            });
        }
        if (auto *pr = qobject_cast<escpos::EscPosPrinter *>(dev)) {
            if (db::Database *db = queueDatabase()) {
                auto spooler = std::make_unique<PrintSpooler>(*db, pr);
                PrintSpooler *s = spooler.get();
                connect(s, &PrintSpooler::jobsChanged, this, [this, index] {
                    Q_EMIT printQueueChanged(index);
                    Q_EMIT changed(index);
                });
                connect(s, &PrintSpooler::jobPrinted, this, [this, index](qint64 id, const QString &kind) {
                    if (is(kind, "test"))
                        setLastTest(index, tr("Test print %1 printed").arg(id));
                });
                connect(s, &PrintSpooler::jobWaiting, this, [this, index](qint64 id, const QString &kind, const QString &reason) {
                    if (is(kind, "test"))
                        setLastTest(index, tr("Test print %1 waits for the printer: %2").arg(id).arg(reason));
                });
                connect(s, &PrintSpooler::jobUncertain, this, [this, index](qint64 id, const QString &kind, const QString &reason) {
                    if (is(kind, "test"))
                        setLastTest(index, tr("Test print %1 may not have printed: %2").arg(id).arg(reason));
                    else
                        Q_EMIT message(tr("A receipt may not have printed: check the printer and its queue on the device screen"));
                });
                m_entries.back().spooler = std::move(spooler);
            }
        }
        if (auto *bus = qobject_cast<locker::LockerBus *>(dev)) {
            connect(bus, &locker::LockerBus::unlockFinished, this, [this, index](const ports::UnlockResult &r) {
                const auto test = m_doorTests.take(r.requestId);
                if (test.device < 0)
                    return;
                const QJsonObject payload{{QStringLiteral("device"), m_entries.at(size_t(index)).config.name},
                                          {QStringLiteral("compartment"), r.compartment},
                                          {QStringLiteral("board"), r.board},
                                          {QStringLiteral("channel"), r.channel},
                                          {QStringLiteral("request"), QString::number(r.requestId)},
                                          {QStringLiteral("outcome"), outcomeName(r.outcome)}};
                if (auto j = journal(QStringLiteral("locker.unlock-result"), QStringLiteral("locker:%1:%2").arg(m_entries.at(size_t(index)).config.name, r.compartment),
                                     compact(payload), test.actor);
                    !j)
                    qCCritical(lcDevices).noquote() << "door test result not journaled:" << j.error().message;
                setLastTest(index, r.message);
            });
        }
        (void)dev->open();
        (void)dev->claim();
        (void)dev->enable();
        if (m_entries.back().spooler)
            m_entries.back().spooler->start();
    }
}

void DeviceManager::stop()
{
    m_doorTests.clear();
    for (auto &e : m_entries) {
        e.spooler.reset(); // before its printer; a job on the wire stays 'sending' -> uncertain next start
        if (e.device)
            e.device->close();
    }
    m_entries.clear();
}

dev::Device *DeviceManager::byRole(const QString &role) const
{
    for (const auto &e : m_entries)
        if (e.device && e.config.role == role)
            return e.device.get();
    return nullptr;
}

ports::PaymentTerminal *DeviceManager::paymentTerminal() const
{
    for (const auto &e : m_entries)
        if (auto *t = qobject_cast<ports::PaymentTerminal *>(e.device.get()))
            return t;
    return nullptr;
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

void DeviceManager::setLastTest(int i, const QString &text)
{
    if (i < 0 || i >= count())
        return;
    m_entries.at(size_t(i)).lastTest = text;
    Q_EMIT changed(i);
}

Result<void> DeviceManager::journal(const QString &kind, const QString &ref, const QString &payload, const QString &actor)
{
    if (!m_ledger)
        return Error{QStringLiteral("device.no-ledger"), tr("The ledger is not open")};
    db::Transaction tx(*m_ledger);
    if (!tx.isActive())
        return *tx.beginError();
    if (actor.isEmpty())
        return Error{QStringLiteral("device.no-actor"), tr("A drawer or door opening needs the person who asked for it")};
    auto seq = db::journal::append(*m_ledger, {0, QDateTime::currentMSecsSinceEpoch(), kind, ref, actor, payload});
    if (!seq)
        return seq.error();
    return tx.commit();
}

Result<qint64> DeviceManager::testPrint(int i)
{
    if (i < 0 || i >= count())
        return Error{QStringLiteral("device.unknown"), tr("No such device")};
    auto *p = qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get());
    PrintSpooler *s = spooler(i);
    if (!p)
        return Error{QStringLiteral("device.not-a-printer"), tr("This device is not a receipt printer")};
    if (!s)
        return Error{QStringLiteral("device.no-queue"), tr("The print queue could not be opened: see the log")};
    ReceiptDocument doc(QStringLiteral("en"));
    TextStyle title;
    title.alignment = Alignment::Centre;
    title.bold = true;
    doc.addText(tr("Omnikiosk test print"), title);
    doc.addSeparator();
    doc.addTwoColumns(tr("Printer"), p->name());
    doc.addTwoColumns(tr("Profile"), p->profile().id());
    doc.addTwoColumns(tr("Time"), QDateTime::currentDateTime().toString(Qt::ISODate));
    doc.addText(QStringLiteral("Zażółć gęślą jaźń · Съешь же ещё · Blåbær · Perché €"));
    doc.addCut(CutType::Partial, 3);
    auto id = s->submit(QStringLiteral("test"), QString(), tr("Test print"), doc);
    if (!id) {
        setLastTest(i, id.error().message);
        return id;
    }
    // The spooler sends it from the event loop; its outcome replaces this line.
    setLastTest(i, p->canPrint() ? tr("Test print %1 sent").arg(id.value())
                                 : tr("Test print %1 queued: it prints when the printer is ready").arg(id.value()));
    return id;
}

Result<void> DeviceManager::openDrawer(int i, const QString &actor)
{
    if (auto r = kickDrawer(i, actor, QStringLiteral("drawer test"), QString()); !r) {
        setLastTest(i, r.error().message);
        return r;
    }
    setLastTest(i, tr("Drawer kick sent"));
    return {};
}

Result<void> DeviceManager::openCashDrawer(const QString &actor, const QString &reason, const QString &ref)
{
    for (int i = 0; i < count(); ++i)
        if (qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get()))
            return kickDrawer(i, actor, reason, ref);
    return Error{QStringLiteral("device.no-drawer"), tr("No cash drawer is configured (it hangs on the receipt printer)")};
}

bool DeviceManager::isCashDrawerOpen() const
{
    for (const auto &e : m_entries)
        if (auto *p = qobject_cast<escpos::EscPosPrinter *>(e.device.get()))
            return p->isDrawerOpen();
    return false;
}

QString DeviceManager::receiptPrinterProblem() const
{
    for (int i = 0; i < count(); ++i)
        if (auto *p = qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get())) {
            if (!isOnline(i))
                return tr("Receipt printer offline: receipts wait in the queue");
            if (p->printerStatus().known && !p->printerStatus().canPrint()) {
                QString what = p->printerStatus().message();
                if (!what.endsWith(QLatin1Char('.')))
                    what += QLatin1Char('.');
                return tr("Receipt printer: %1 Receipts wait in the queue.").arg(what);
            }
            return {};
        }
    return tr("No receipt printer configured");
}

Result<void> DeviceManager::kickDrawer(int i, const QString &actor, const QString &reason, const QString &ref)
{
    if (i < 0 || i >= count())
        return Error{QStringLiteral("device.unknown"), tr("No such device")};
    auto *p = qobject_cast<escpos::EscPosPrinter *>(m_entries.at(size_t(i)).device.get());
    if (!p)
        return Error{QStringLiteral("device.not-a-printer"), tr("The cash drawer hangs on a receipt printer")};
    // Every drawer opening is journaled with who and why, before the drawer opens
    // (docs/reliability.md#r8-tamper-evident-journal): no journal, no opening.
    const QString journalRef = ref.isEmpty() ? QStringLiteral("drawer:%1").arg(p->name()) : ref;
    QJsonObject payload{{QStringLiteral("device"), p->name()}, {QStringLiteral("reason"), reason}, {QStringLiteral("ref"), ref}};
    if (m_ledger)
        if (auto j = journal(QStringLiteral("drawer.opened"), journalRef, compact(payload), actor); !j)
            return Error{j.error().code, tr("The drawer was not opened: the journal could not be written (%1)").arg(j.error().message)};
    if (auto r = p->kickDrawer(); !r) {
        if (m_ledger) {
            payload.insert(QStringLiteral("error"), r.error().message);
            if (auto j = journal(QStringLiteral("drawer.open-failed"), journalRef, compact(payload), actor); !j)
                qCCritical(lcDevices).noquote() << "failed drawer opening not journaled:" << j.error().message;
        }
        return r;
    }
    return {};
}

QStringList DeviceManager::compartments(int i) const
{
    if (i < 0 || i >= count())
        return {};
    auto *bus = qobject_cast<locker::LockerBus *>(m_entries.at(size_t(i)).device.get());
    QStringList ids;
    if (bus)
        for (const auto &c : bus->config().compartments.compartments())
            ids << c.id;
    return ids;
}

Result<quint64> DeviceManager::testDoor(int i, const QString &compartment, const QString &actor)
{
    if (i < 0 || i >= count())
        return Error{QStringLiteral("device.unknown"), tr("No such device")};
    auto *bus = qobject_cast<locker::LockerBus *>(m_entries.at(size_t(i)).device.get());
    if (!bus)
        return Error{QStringLiteral("device.not-a-locker"), tr("This device is not a locker")};
    const auto c = bus->config().compartments.find(compartment);
    if (!c)
        return Error{QStringLiteral("locker.unknown-compartment"), tr("There is no compartment \"%1\" on %2").arg(compartment, bus->name())};
    // RELIABILITY.md rule 6: no door opens unless the opening is journaled with who and why.
    // The intent is written first; the outcome follows as a second entry.
    if (!m_ledger) {
        const Error e{QStringLiteral("device.no-ledger"), tr("The door test needs the ledger: every door opening is journaled")};
        setLastTest(i, e.message);
        return e;
    }
    const QString ref = QStringLiteral("locker:%1:%2").arg(bus->name(), c->id);
    QJsonObject payload{{QStringLiteral("device"), bus->name()}, {QStringLiteral("compartment"), c->id},
                        {QStringLiteral("board"), c->board}, {QStringLiteral("channel"), c->channel},
                        {QStringLiteral("reason"), QStringLiteral("door test")}};
    if (auto j = journal(QStringLiteral("locker.unlock"), ref, compact(payload), actor); !j) {
        const Error e{j.error().code, tr("The door was not opened: the journal could not be written (%1)").arg(j.error().message)};
        setLastTest(i, e.message);
        return e;
    }
    auto id = bus->openCompartment(c->id, QStringLiteral("%1: door test").arg(actor));
    if (!id) {
        payload.insert(QStringLiteral("outcome"), QStringLiteral("not-sent"));
        payload.insert(QStringLiteral("error"), id.error().code);
        (void)journal(QStringLiteral("locker.unlock-result"), ref, compact(payload), actor);
        setLastTest(i, id.error().message);
        return id;
    }
    m_doorTests.insert(id.value(), {i, actor});
    setLastTest(i, tr("Opening %1 …").arg(c->id));
    return id;
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
