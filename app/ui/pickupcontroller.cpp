// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pickupcontroller.h"

#include "core/pickup.h"
#include "services/lockerdoors.h"

#include <QPointer>

#include <algorithm>
#include <QVariantMap>

namespace ok {

namespace {
QPointer<PickupController> s_instance;
}

void PickupController::setInstance(PickupController *instance)
{
    s_instance = instance;
}

PickupController *PickupController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Pickup", "TerminalApp sets the pickup controller before QML loads");
    QQmlEngine::setObjectOwnership(s_instance, QQmlEngine::CppOwnership);
    return s_instance;
}

PickupController::PickupController(PickupDesk &desk, LockerDoors &doors, int idleResetS, QObject *parent)
    : QObject(parent)
    , m_desk(desk)
    , m_doors(doors)
{
    m_idle.setSingleShot(true);
    m_idleMs = idleResetS * 1000;
    connect(&m_idle, &QTimer::timeout, this, [this] {
        // An open door keeps the screen: the customer is still taking the parcel.
        if (m_stage == QLatin1String("open"))
            m_idle.start(m_idleMs);
        else
            reset();
    });
    connect(&m_desk, &PickupDesk::doorOpened, this, [this](const QString &) {
        setStage(QStringLiteral("open"));
    });
    connect(&m_desk, &PickupDesk::allDoorsClosed, this, [this] {
        setStage(QStringLiteral("done"));
        m_idle.start(std::min(m_idleMs, 8000)); // the thank-you stays a moment, then nothing of the order is left
    });
    connect(&m_desk, &PickupDesk::doorFailed, this, [this](const QString &, const QString &) {
        // Never "go to staff" while the door stands open: a late opening moved us on already.
        if (m_stage != QLatin1String("open") && m_stage != QLatin1String("done"))
            setStage(QStringLiteral("problem"), tr("The door did not open. Please go to the counter: a member of staff will hand you your order."));
    });
    connect(&m_desk, &PickupDesk::counterCall, this, [this](const QString &, const QString &number, const QString &firstName) {
        m_counterCalls.append(QStringLiteral("%1 (%2)").arg(firstName, number));
        Q_EMIT counterCallsChanged();
        Q_EMIT alert();
    });
    connect(&m_doors, &LockerDoors::incident, this, [this](const QString &compartment, const QString &outcome) {
        m_incidents.append(QStringLiteral("%1: %2").arg(compartment, outcome));
        Q_EMIT counterCallsChanged();
        Q_EMIT alert();
    });
    connect(&m_doors, &LockerDoors::closed, this, [this] { Q_EMIT changed(); });
}

void PickupController::setStage(const QString &stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    if (stage != QLatin1String("attract"))
        m_idle.start(m_idleMs);
    Q_EMIT changed();
}

QVariantList PickupController::bank() const
{
    QVariantList out;
    for (const LockerDoors::Door &d : m_doors.doors())
        out.append(QVariantMap{{QStringLiteral("id"), d.compartment.id},
                               {QStringLiteral("row"), d.compartment.row},
                               {QStringLiteral("column"), d.compartment.column},
                               {QStringLiteral("mine"), m_order.compartments.contains(d.compartment.id)},
                               {QStringLiteral("open"), d.bank->isCompartmentOpen(d.compartment.id).value_or(false)}});
    return out;
}

int PickupController::bankRows() const
{
    int n = 1;
    for (const LockerDoors::Door &d : m_doors.doors())
        n = std::max(n, d.compartment.row + 1);
    return n;
}

int PickupController::bankColumns() const
{
    int n = 1;
    for (const LockerDoors::Door &d : m_doors.doors())
        n = std::max(n, d.compartment.column + 1);
    return n;
}

void PickupController::setLargePrint(bool on)
{
    if (m_largePrint == on)
        return;
    m_largePrint = on;
    touch();
    Q_EMIT changed();
}

void PickupController::begin()
{
    m_order = {}; // nothing of the customer before
    setStage(QStringLiteral("entry"));
}

void PickupController::submit(const QString &input)
{
    if (m_busy || (m_stage != QLatin1String("entry") && m_stage != QLatin1String("attract")))
        return;
    m_busy = true;
    Q_EMIT changed();
    auto v = m_desk.verify(input);
    m_busy = false;
    if (!v) {
        setStage(QStringLiteral("entry"), v.error().message);
        return;
    }
    m_order = v.value().order;
    if (auto r = m_desk.collect(v.value()); !r) {
        m_order = {};
        setStage(QStringLiteral("entry"), r.error().message);
        return;
    }
    if (m_order.compartments.isEmpty() || m_order.idCheck)
        setStage(QStringLiteral("counter"));
    else
        setStage(QStringLiteral("opening"));
}

void PickupController::reset()
{
    m_idle.stop();
    m_order = {};
    m_largePrint = false;
    m_stage = QStringLiteral("attract");
    m_message.clear();
    Q_EMIT changed();
}

void PickupController::touch()
{
    if (m_stage != QLatin1String("attract"))
        m_idle.start(m_idleMs);
}

void PickupController::dismissCounterCall(int index)
{
    if (index >= 0 && index < m_counterCalls.size()) {
        m_counterCalls.removeAt(index);
        Q_EMIT counterCallsChanged();
    }
}

void PickupController::dismissIncident(int index)
{
    if (index >= 0 && index < m_incidents.size()) {
        m_incidents.removeAt(index);
        Q_EMIT counterCallsChanged();
    }
}

QString PickupController::alphabet() const
{
    return QString::fromLatin1(pickup::kAlphabet);
}

} // namespace ok
