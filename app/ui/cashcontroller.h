// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "core/result.h"
#include "ui/handles.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace ok {

class Till;

/// The cash desk screens: opening the shift with a counted float, cash in and out, no-sale, the X
/// report, the day's receipts (reprint as a copy) and the Z report with a blind count. Counts come
/// as {"<denomination minor>": "<count>"}. Created in QML with `till: Terminal.till`.
class CashController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::Till *till READ till WRITE setTill NOTIFY tillChanged)
    Q_PROPERTY(bool shiftOpen READ shiftOpen NOTIFY shiftChanged)
    /// [{key, text}] of the currency's notes and coins, largest first.
    Q_PROPERTY(QVariantList denominations READ denominations NOTIFY tillChanged)
    /// [{saleId, receiptNo, kind, time, total}] of this terminal's last 24 hours, newest first.
    Q_PROPERTY(QVariantList recentSales READ recentSales NOTIFY salesChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
public:
    explicit CashController(QObject *parent = nullptr);

    Till *till() const { return m_till; }
    void setTill(Till *till);
    bool shiftOpen() const;
    QVariantList denominations() const;
    QVariantList recentSales() const;
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }

    /// The total of a count, or "check the numbers".
    Q_INVOKABLE QString countText(const QVariantMap &counts) const;
    Q_INVOKABLE QString openShift(const QVariantMap &counts);
    /// `kind`: "cash_in" or "cash_out".
    Q_INVOKABLE QString cashMovement(const QString &kind, const QString &amount, const QString &reason);
    Q_INVOKABLE QString noSale(const QString &reason);
    Q_INVOKABLE QString xReport();
    Q_INVOKABLE QString zReport(const QVariantMap &counts);
    Q_INVOKABLE QString reprint(const QString &saleId);
    Q_INVOKABLE void begin();

Q_SIGNALS:
    void tillChanged();
    void shiftChanged();
    void salesChanged();
    void messageChanged();

private:
    QString say(const Result<void> &r, const QString &done = {});
    void setMessage(const QString &text, bool problem);

    QPointer<Till> m_till;
    QString m_message;
    bool m_problem = false;
    Connections m_connections;
};

} // namespace ok
