// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pickupdesk.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QQmlEngine>

namespace ok {

class LockerDoors;

/// The customer's pickup screen (QML singleton "Pickup"): the stages of one collection, from
/// the attract screen to the open door and back, with nothing of the order left on screen
/// afterwards. C++-owned: TerminalApp sets it before QML loads.
class PickupController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Pickup)
    QML_SINGLETON
    /// attract, entry, opening, open, done, counter, problem
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString firstName READ firstName NOTIFY changed)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    Q_PROPERTY(QStringList doors READ doors NOTIFY changed)
    Q_PROPERTY(QString doorsText READ doorsText NOTIFY changed)
    Q_PROPERTY(int bankRows READ bankRows NOTIFY changed)
    Q_PROPERTY(int bankColumns READ bankColumns NOTIFY changed)
    Q_PROPERTY(QString counterCallsText READ counterCallsText NOTIFY counterCallsChanged)
    Q_PROPERTY(QString incidentsText READ incidentsText NOTIFY counterCallsChanged)
    /// Every compartment for the picture of the bank: {id, row, column, mine, open}.
    Q_PROPERTY(QVariantList bank READ bank NOTIFY changed)
    Q_PROPERTY(bool largePrint READ largePrint WRITE setLargePrint NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// Customers waiting at the counter, for the staff banner: "Anna (CC100003)".
    Q_PROPERTY(QStringList counterCalls READ counterCalls NOTIFY counterCallsChanged)
    /// Door incidents staff should look at ("A03: did-not-open").
    Q_PROPERTY(QStringList incidents READ incidents NOTIFY counterCallsChanged)

public:
    PickupController(PickupDesk &desk, LockerDoors &doors, int idleResetS, QObject *parent = nullptr);

    static void setInstance(PickupController *instance);
    static PickupController *create(QQmlEngine *, QJSEngine *);

    QString stage() const { return m_stage; }
    QString message() const { return m_message; }
    QString firstName() const { return m_order.firstName; }
    int itemCount() const { return int(m_order.itemCount()); }
    QStringList doors() const { return m_order.compartments; }
    QVariantList bank() const;
    QString doorsText() const { return m_order.compartments.join(QStringLiteral(", ")); }
    int bankRows() const;
    int bankColumns() const;
    QString counterCallsText() const { return m_counterCalls.join(QStringLiteral(", ")); }
    QString incidentsText() const { return m_incidents.join(QStringLiteral(", ")); }
    bool largePrint() const { return m_largePrint; }
    void setLargePrint(bool on);
    bool busy() const { return m_busy; }
    QStringList counterCalls() const { return m_counterCalls; }
    QStringList incidents() const { return m_incidents; }

    /// The customer starts (taps the attract screen).
    Q_INVOKABLE void begin();
    /// A typed code or a scanned QR.
    Q_INVOKABLE void submit(const QString &input);
    /// Back to the attract screen, forgetting the order.
    Q_INVOKABLE void reset();
    /// The customer touched the screen: the idle reset starts again.
    Q_INVOKABLE void touch();
    /// Staff saw to a counter call / an incident.
    Q_INVOKABLE void dismissCounterCall(int index);
    Q_INVOKABLE void dismissIncident(int index);
    /// The pickup code alphabet, for the on-screen keyboard.
    Q_INVOKABLE QString alphabet() const;

Q_SIGNALS:
    void changed();
    void counterCallsChanged();
    /// Play the staff alert sound.
    void alert();

private:
    void setStage(const QString &stage, const QString &message = {});

    PickupDesk &m_desk;
    LockerDoors &m_doors;
    QString m_stage = QStringLiteral("attract");
    QString m_message;
    PickupOrder m_order;
    bool m_largePrint = false;
    bool m_busy = false;
    QStringList m_counterCalls;
    QStringList m_incidents;
    QTimer m_idle;
    int m_idleMs = 60000;
};

} // namespace ok
