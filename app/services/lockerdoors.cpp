// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/lockerdoors.h"

#include "services/devicemanager.h"
#include "storage/ledger.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDoors, "omnikiosk.pickup.doors", QtInfoMsg)

namespace ok {

namespace {
/// A door reported not opened that is seen open this soon after still opened for its customer.
constexpr int kLateOpeningMs = 10'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

LockerDoors::LockerDoors(DeviceManager &devices, db::Database &ledger, int leftOpenAfterS, QObject *parent)
    : QObject(parent)
    , m_devices(devices)
    , m_ledger(std::make_unique<db::Ledger>(ledger))
    , m_leftOpenAfterS(leftOpenAfterS)
{
}

LockerDoors::~LockerDoors() = default;

QList<LockerDoors::Door> LockerDoors::doors() const
{
    QList<Door> out;
    for (int i = 0; i < m_devices.count(); ++i)
        if (ports::LockerController *bank = m_devices.locker(i))
            for (const ports::LockerCompartment &c : bank->compartments())
                out.append({bank, c});
    return out;
}

std::optional<LockerDoors::Door> LockerDoors::find(const QString &compartment) const
{
    for (const Door &d : doors())
        if (d.compartment.id.compare(compartment, Qt::CaseInsensitive) == 0)
            return d;
    return std::nullopt;
}

std::optional<bool> LockerDoors::isOpen(const QString &compartment) const
{
    const auto d = find(compartment);
    return d ? d->bank->isCompartmentOpen(d->compartment.id) : std::nullopt;
}

std::optional<bool> LockerDoors::isItemPresent(const QString &compartment) const
{
    const auto d = find(compartment);
    return d ? d->bank->isItemPresent(d->compartment.id) : std::nullopt;
}

void LockerDoors::watch(ports::LockerController *bank)
{
    for (const auto &w : std::as_const(m_watched))
        if (w == bank)
            return;
    m_watched.append(bank);
    connect(bank, &ports::LockerController::unlockFinished, this, &LockerDoors::onUnlockFinished);
    connect(bank, &ports::LockerController::compartmentChanged, this, &LockerDoors::onCompartmentChanged);
}

Result<quint64> LockerDoors::open(const QString &compartment, const QString &actor, const QString &reason, const QString &orderId)
{
    const auto door = find(compartment);
    if (!door)
        return Error{QStringLiteral("locker.unknown-compartment"), tr("There is no locker door %1").arg(compartment)};
    watch(door->bank);
    const QString id = door->compartment.id;
    const QString ref = orderId.isEmpty() ? id : orderId; // the same ref for the intent and the outcome
    const QJsonObject payload{{QStringLiteral("device"), door->bank->name()},
                              {QStringLiteral("compartment"), id},
                              {QStringLiteral("board"), door->compartment.board},
                              {QStringLiteral("channel"), door->compartment.channel},
                              {QStringLiteral("reason"), reason},
                              {QStringLiteral("order_id"), orderId}};
    // The intent is on disk before the door moves (docs/reliability.md#r8-tamper-evident-journal).
    if (auto j = m_ledger->recordEvent(QStringLiteral("locker.unlock"), ref, actor, payload, nowMs()); !j)
        return Error{j.error().code, tr("The door was not opened: the journal could not be written (%1)").arg(j.error().message)};
    auto request = door->bank->openCompartment(id, QStringLiteral("%1: %2").arg(actor, reason));
    if (!request) {
        (void)m_ledger->recordEvent(QStringLiteral("locker.unlock-result"), ref, actor,
                                    {{QStringLiteral("compartment"), id}, {QStringLiteral("outcome"), QStringLiteral("not-sent")}}, nowMs());
        return request.error();
    }
    const quint64 ticket = ++m_nextTicket;
    m_byRequest.insert(request.value(), {ticket, id, actor, orderId, false});
    return ticket;
}

void LockerDoors::onUnlockFinished(const ports::UnlockResult &r)
{
    const auto it = m_byRequest.find(r.requestId);
    if (it == m_byRequest.end() || it->compartment.compare(r.compartment, Qt::CaseInsensitive) != 0)
        return; // a door test or another bank's request
    Pending p = *it;
    m_byRequest.erase(it);
    const bool seenOpen = r.outcome == ports::UnlockResult::Outcome::Opened || isOpen(p.compartment) == true;
    const QString outcome = seenOpen ? QStringLiteral("opened")
        : r.outcome == ports::UnlockResult::Outcome::DidNotOpen ? QStringLiteral("did-not-open")
        : r.outcome == ports::UnlockResult::Outcome::NotSent   ? QStringLiteral("not-sent")
                                                               : QStringLiteral("unknown");
    const QString ref = p.orderId.isEmpty() ? p.compartment : p.orderId;
    if (auto j = m_ledger->recordEvent(QStringLiteral("locker.unlock-result"), ref, p.actor,
                                       {{QStringLiteral("compartment"), p.compartment},
                                        {QStringLiteral("outcome"), outcome},
                                        {QStringLiteral("request"), QString::number(r.requestId)}},
                                       nowMs());
        !j)
        qCCritical(lcDoors).noquote() << "door outcome not journaled:" << j.error().message;
    if (seenOpen) {
        onCompartmentChanged(p.compartment, true);
        m_openedFor.insert(p.compartment, p.orderId);
        Q_EMIT opened(p.ticket, p.compartment);
        return;
    }
    if (r.outcome != ports::UnlockResult::Outcome::NotSent)
        recordIncident(p.compartment, outcome, p.orderId, r.message);
    p.failed = true;
    m_late.insert(p.compartment, p);
    QTimer::singleShot(kLateOpeningMs, this, [this, c = p.compartment, t = p.ticket] {
        if (m_late.value(c).ticket == t)
            m_late.remove(c);
    });
    Q_EMIT failed(p.ticket, p.compartment, r.message);
}

void LockerDoors::onCompartmentChanged(const QString &compartment, bool open)
{
    if (open) {
        if (m_late.contains(compartment)) {
            // Reported not opened, and now it stands open: it opened for that customer after all.
            const Pending p = m_late.take(compartment);
            qCInfo(lcDoors).noquote() << "door" << compartment << "opened late for ticket" << p.ticket;
            (void)m_ledger->recordEvent(QStringLiteral("locker.unlock-result"), p.orderId.isEmpty() ? compartment : p.orderId,
                                        p.actor, {{QStringLiteral("compartment"), compartment}, {QStringLiteral("outcome"), QStringLiteral("opened-late")}},
                                        nowMs());
            m_openedFor.insert(compartment, p.orderId);
            Q_EMIT opened(p.ticket, compartment);
        }
        if (!m_openTimers.contains(compartment)) {
            auto *t = new QTimer(this);
            t->setSingleShot(true);
            t->setInterval(m_leftOpenAfterS * 1000);
            connect(t, &QTimer::timeout, this, [this, compartment] {
                recordIncident(compartment, QStringLiteral("left-open"), m_openedFor.value(compartment), {});
                Q_EMIT leftOpen(compartment);
            });
            t->start();
            m_openTimers.insert(compartment, t);
        }
        return;
    }
    QTimer *t = m_openTimers.take(compartment);
    if (!t)
        return; // first reading of a shut door, not a door that was shut
    t->deleteLater();
    m_openedFor.remove(compartment);
    Q_EMIT closed(compartment);
}

void LockerDoors::recordIncident(const QString &compartment, const QString &outcome, const QString &orderId, const QString &note)
{
    QJsonObject payload{{QStringLiteral("compartment"), compartment}, {QStringLiteral("outcome"), outcome}};
    if (!orderId.isEmpty())
        payload.insert(QStringLiteral("order_id"), orderId);
    if (!note.isEmpty())
        payload.insert(QStringLiteral("note"), note.left(200));
    qCWarning(lcDoors).noquote() << "incident at door" << compartment << outcome;
    if (auto j = m_ledger->recordEvent(QStringLiteral("locker.incident"), orderId.isEmpty() ? compartment : orderId,
                                       QStringLiteral("kiosk"), payload, nowMs(), QStringLiteral("locker.incident"));
        !j)
        qCCritical(lcDoors).noquote() << "locker incident not recorded:" << j.error().message;
    Q_EMIT incident(compartment, outcome);
}

} // namespace ok
