// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/pickupcounter.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QQmlEngine>

namespace ok {

/// The staff Orders screen (QML singleton "Orders"): click-and-collect orders by status with
/// search by number, name or code, one order's lines and history, and the staff actions. Every
/// action is checked again by PickupCounter against the signed-in person.
class OrdersController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Orders)
    QML_SINGLETON
    /// Rows: {id, number, firstName, state, stateText, compartments, expires, changedHere, exception}.
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    /// The chosen order: the row's fields plus {lines: [{lineNo, name, quantity}], history: [text],
    /// idCheck, parcels}; empty when none.
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY resultsChanged)

public:
    OrdersController(PickupCounter &counter, Clock clock, QObject *parent = nullptr);
    static void setInstance(OrdersController *instance);
    static OrdersController *create(QQmlEngine *, QJSEngine *);

    QVariantList results() const { return m_results; }
    QVariantMap selected() const { return m_selected; }
    QString message() const { return m_message; }
    QString filter() const { return m_filter; }
    void setFilter(const QString &state);

    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void select(const QString &orderId);
    Q_INVOKABLE QStringList propose(int parcels, bool accessible) const;
    Q_INVOKABLE bool load(const QString &orderId, const QString &compartments);
    Q_INVOKABLE bool readyAtCounter(const QString &orderId);
    /// `refused`: line number (as text) → quantity not taken.
    Q_INVOKABLE bool handOver(const QString &orderId, const QVariantMap &refused, const QString &idDocument);
    Q_INVOKABLE bool takeBack(const QString &orderId);
    Q_INVOKABLE bool extend(const QString &orderId, int days);
    Q_INVOKABLE bool unlock(const QString &orderId, const QString &reason);
    Q_INVOKABLE bool openDoor(const QString &compartment, const QString &reason);

Q_SIGNALS:
    void resultsChanged();
    void selectedChanged();
    void messageChanged();

private:
    bool done(const Result<void> &r);
    void refresh();
    QVariantMap row(const PickupOrder &o) const;
    void setMessage(const QString &m);

    PickupCounter &m_counter;
    Clock m_clock;
    QString m_search;
    QString m_filter; ///< "" = all; else a state name (awaiting, locker, counter, collected, expired, cancelled)
    QVariantList m_results;
    QVariantMap m_selected;
    QString m_message;
};

} // namespace ok
