// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/devicetests.h"

#include "core/receiptdocument.h"
#include "drivers/device/device.h"
#include "drivers/ports/lockercontroller.h"
#include "drivers/ports/receiptprinter.h"
#include "services/approvalgate.h"
#include "services/cashdrawerservice.h"
#include "services/devicemanager.h"
#include "services/printspooler.h"
#include "services/staffsession.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDeviceTests, "omnikiosk.services.devicetests", QtInfoMsg)

namespace ok {

namespace {

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

QString doorRef(const QString &device, const QString &compartment)
{
    return QStringLiteral("locker:%1:%2").arg(device, compartment);
}

} // namespace

DeviceTests::DeviceTests(DeviceManager &devices, ApprovalGate &gate, CashDrawerService &drawers, db::Database &ledger, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_gate(gate)
    , m_drawers(drawers)
    , m_journal(std::make_unique<db::Ledger>(ledger))
{
}

DeviceTests::~DeviceTests() = default;

QString DeviceTests::actor() const
{
    const auto &who = m_gate.session().member();
    return who ? who->id : QString();
}

Result<void> DeviceTests::journal(const QString &kind, const QString &ref, const QString &actor, const QJsonObject &payload)
{
    auto seq = m_journal->recordEvent(kind, ref, actor, payload, QDateTime::currentMSecsSinceEpoch());
    if (!seq)
        return seq.error();
    return {};
}

Result<qint64> DeviceTests::testPrint(int device)
{
    if (auto r = m_gate.check(Permission::TestDevices); !r)
        return r.error();
    ports::ReceiptPrinter *p = m_devices.printer(device);
    PrintSpooler *s = m_devices.spooler(device);
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
    doc.addTwoColumns(tr("Profile"), p->profileId());
    doc.addTwoColumns(tr("Time"), QDateTime::currentDateTime().toString(Qt::ISODate));
    doc.addTwoColumns(tr("Asked by"), actor());
    doc.addText(QStringLiteral("Zażółć gęślą jaźń · Съешь же ещё · Blåbær · Perché €"));
    doc.addCut(CutType::Partial, 3);
    auto id = s->submit(QStringLiteral("test"), QString(), tr("Test print"), doc);
    if (!id) {
        m_devices.setLastTest(device, id.error().message);
        return id;
    }
    // The spooler sends it from the event loop; its outcome replaces this line.
    m_devices.setLastTest(device, p->canPrint() ? tr("Test print %1 sent").arg(id.value())
                                                : tr("Test print %1 queued: it prints when the printer is ready").arg(id.value()));
    return id;
}

Result<void> DeviceTests::openDrawer(int device)
{
    if (auto r = m_gate.check(Permission::NoSale); !r)
        return r;
    if (auto r = m_drawers.openOn(device, actor(), QStringLiteral("drawer test")); !r) {
        m_devices.setLastTest(device, r.error().message);
        return r;
    }
    m_devices.setLastTest(device, tr("Drawer kick sent"));
    return {};
}

Result<quint64> DeviceTests::testDoor(int device, const QString &compartment)
{
    if (auto r = m_gate.check(Permission::OpenLockerDoor); !r)
        return r.error();
    ports::LockerController *bank = m_devices.locker(device);
    if (!bank)
        return Error{QStringLiteral("device.not-a-locker"), tr("This device is not a locker")};
    std::optional<ports::LockerCompartment> c;
    for (const auto &candidate : bank->compartments())
        if (candidate.id.compare(compartment.trimmed(), Qt::CaseInsensitive) == 0)
            c = candidate;
    if (!c)
        return Error{QStringLiteral("locker.unknown-compartment"), tr("There is no compartment \"%1\" on %2").arg(compartment, bank->name())};
    // No door opens unless the opening is journaled with who and why: the intent first, the
    // outcome as a second entry.
    const QString who = actor();
    const QString ref = doorRef(bank->name(), c->id);
    QJsonObject payload{{QStringLiteral("device"), bank->name()}, {QStringLiteral("compartment"), c->id},
                        {QStringLiteral("board"), c->board}, {QStringLiteral("channel"), c->channel},
                        {QStringLiteral("reason"), QStringLiteral("door test")}};
    if (auto j = journal(QStringLiteral("locker.unlock"), ref, who, payload); !j) {
        const Error e{j.error().code, tr("The door was not opened: the journal could not be written (%1)").arg(j.error().message)};
        m_devices.setLastTest(device, e.message);
        return e;
    }
    auto id = bank->openCompartment(c->id, QStringLiteral("%1: door test").arg(who));
    if (!id) {
        payload.insert(QStringLiteral("outcome"), QStringLiteral("not-sent"));
        payload.insert(QStringLiteral("error"), id.error().code);
        (void)journal(QStringLiteral("locker.unlock-result"), ref, who, payload);
        m_devices.setLastTest(device, id.error().message);
        return id;
    }
    connect(bank, &ports::LockerController::unlockFinished, this, &DeviceTests::onUnlockFinished, Qt::UniqueConnection);
    m_doors.insert({bank, id.value()}, {device, who, c->id});
    m_devices.setLastTest(device, tr("Opening %1 …").arg(c->id));
    return id;
}

void DeviceTests::onUnlockFinished(const ports::UnlockResult &r)
{
    const auto *bank = qobject_cast<ports::LockerController *>(sender());
    const DoorTest test = m_doors.take({bank, r.requestId});
    if (!bank || test.device < 0)
        return; // not a door test (a pickup, another screen)
    const QString name = bank->name();
    const QJsonObject payload{{QStringLiteral("device"), name},
                              {QStringLiteral("compartment"), r.compartment},
                              {QStringLiteral("board"), r.board},
                              {QStringLiteral("channel"), r.channel},
                              {QStringLiteral("request"), QString::number(r.requestId)},
                              {QStringLiteral("outcome"), outcomeName(r.outcome)}};
    if (auto j = journal(QStringLiteral("locker.unlock-result"), doorRef(name, test.compartment), test.actor, payload); !j)
        qCCritical(lcDeviceTests).noquote() << "door test result not journaled:" << j.error().message;
    m_devices.setLastTest(test.device, r.message);
}

Result<void> DeviceTests::setScanTestActive(bool on)
{
    if (on) {
        if (auto r = m_gate.check(Permission::TestDevices); !r)
            return r;
    }
    m_devices.setScanTestActive(on);
    return {};
}

Result<PrintSpooler *> DeviceTests::queueOf(int device) const
{
    if (auto r = m_gate.check(Permission::StaffScreens); !r)
        return r.error();
    PrintSpooler *s = m_devices.spooler(device);
    if (!s)
        return Error{QStringLiteral("device.no-queue"), tr("This device has no print queue")};
    return s;
}

Result<void> DeviceTests::cancelJob(int device, qint64 job)
{
    auto s = queueOf(device);
    if (!s)
        return s.error();
    if (auto r = s.value()->cancel(job); !r)
        return r;
    return journal(QStringLiteral("print.cancelled"), QStringLiteral("print:%1").arg(job), actor(), {{QStringLiteral("job"), job}});
}

Result<qint64> DeviceTests::reprintJob(int device, qint64 job)
{
    auto s = queueOf(device);
    if (!s)
        return s.error();
    auto copy = s.value()->reprint(job);
    if (!copy)
        return copy;
    // A copy of a receipt is worth a record: who had it printed again, and when.
    if (auto j = journal(QStringLiteral("print.reprinted"), QStringLiteral("print:%1").arg(job), actor(),
                         {{QStringLiteral("job"), job}, {QStringLiteral("copy_job"), copy.value()}});
        !j)
        return j.error();
    return copy;
}

Result<void> DeviceTests::markJobPrinted(int device, qint64 job)
{
    auto s = queueOf(device);
    if (!s)
        return s.error();
    if (auto r = s.value()->markPrinted(job); !r)
        return r;
    return journal(QStringLiteral("print.marked-printed"), QStringLiteral("print:%1").arg(job), actor(), {{QStringLiteral("job"), job}});
}

} // namespace ok
