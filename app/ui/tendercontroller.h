// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "ui/moneyvalue.h"

#include "core/result.h"
#include "ui/handles.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class Till;

/// The payment dialog: what is due (in cash: rounded), the tenders taken so far, quick cash
/// amounts, cash, card and the card terminal's progress. Its `message` is about paying only
/// (the terminal's prompts, a decline): what went wrong at the scanner stays on the sale screen.
/// Created in QML with `till: Terminal.till`.
class TenderController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::Till *till READ till WRITE setTill NOTIFY tillChanged)
    Q_PROPERTY(ok::MoneyValue due READ due NOTIFY ticketChanged)
    Q_PROPERTY(ok::MoneyValue cashDue READ cashDue NOTIFY ticketChanged)
    Q_PROPERTY(bool refunding READ refunding NOTIFY ticketChanged)
    /// Cash pays a rounded amount (cashDue differs from due).
    Q_PROPERTY(bool cashRounded READ cashRounded NOTIFY ticketChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY ticketChanged)
    /// [{kind, amount, change, reference, state}] as the cashier reads them
    Q_PROPERTY(QVariantList tenders READ tenders NOTIFY ticketChanged)
    /// The exact amount and the next notes a customer hands over (list of money).
    Q_PROPERTY(QVariantList quickCash READ quickCash NOTIFY ticketChanged)
    Q_PROPERTY(bool cardBusy READ cardBusy NOTIFY ticketChanged)
    Q_PROPERTY(bool cardUnknown READ cardUnknown NOTIFY ticketChanged)
    Q_PROPERTY(bool hasCardTerminal READ hasCardTerminal NOTIFY tillChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
public:
    explicit TenderController(QObject *parent = nullptr);

    Till *till() const { return m_till; }
    void setTill(Till *till);
    MoneyValue due() const;
    MoneyValue cashDue() const;
    bool refunding() const;
    bool cashRounded() const;
    bool empty() const;
    QVariantList tenders() const;
    QVariantList quickCash() const;
    bool cardBusy() const;
    bool cardUnknown() const;
    bool hasCardTerminal() const;
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }

    /// Cash handed over ("50", "20.50"); refunding: the due is paid back and `amount` is ignored.
    Q_INVOKABLE QString payCash(const QString &amount);
    /// A quick-cash amount as offered in quickCash.
    Q_INVOKABLE QString payCashAmount(const ok::MoneyValue &amount);
    /// Card for `amount`, or the whole due when empty.
    Q_INVOKABLE QString payCard(const QString &amount);
    Q_INVOKABLE QString checkCard();
    Q_INVOKABLE void cancelCard();
    /// The dialog opened: nothing of an earlier payment is shown.
    Q_INVOKABLE void begin();

Q_SIGNALS:
    void tillChanged();
    void ticketChanged();
    void messageChanged();
    /// The ticket was paid and committed: the dialog closes.
    void completed();

private:
    QString say(const Result<void> &r);
    void setMessage(const QString &text, bool problem);
    MoneyValue money(qint64 minor) const;
    bool anyTender(int state) const;

    QPointer<Till> m_till;
    QString m_message;
    bool m_problem = false;
    Connections m_connections;
};

} // namespace ok
