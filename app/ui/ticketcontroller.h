// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "ui/basketmodel.h"
#include "ui/moneyvalue.h"

#include "core/result.h"
#include "ui/handles.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class Till;
struct CommittedSale;

/// The sale screen: the ticket's lines and totals, ringing up (scans, search results, weighed
/// goods), line and ticket edits, park and resume, the customer, receipts that never printed.
/// Created in QML with `till: Terminal.till`.
///
/// Every action returns "" when done (or when it waits for an approval: the approval dialog
/// asks), else a message for the cashier, also in `message`.
class TicketController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::Till *till READ till WRITE setTill NOTIFY tillChanged)
    Q_PROPERTY(ok::BasketModel *lines READ lines NOTIFY tillChanged)
    Q_PROPERTY(ok::MoneyValue total READ total NOTIFY ticketChanged)
    Q_PROPERTY(ok::MoneyValue discounts READ discounts NOTIFY ticketChanged)
    /// What is still to pay, or (refunding) to pay back: always positive.
    Q_PROPERTY(ok::MoneyValue due READ due NOTIFY ticketChanged)
    Q_PROPERTY(bool refunding READ refunding NOTIFY ticketChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY ticketChanged)
    Q_PROPERTY(QString customer READ customer NOTIFY ticketChanged)
    /// [{slot, label, time}]
    Q_PROPERTY(QVariantList parked READ parked NOTIFY parkedChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    Q_PROPERTY(QString lastSaleText READ lastSaleText NOTIFY lastSaleChanged)
    /// [{saleId, receiptNo}] committed sales whose receipt never printed.
    Q_PROPERTY(QVariantList unprinted READ unprinted NOTIFY receiptsChanged)
    Q_PROPERTY(QString printerProblem READ printerProblem NOTIFY receiptsChanged)
    Q_PROPERTY(bool drawerOpen READ drawerOpen NOTIFY drawerChanged)
public:
    explicit TicketController(QObject *parent = nullptr);

    Till *till() const { return m_till; }
    void setTill(Till *till);
    BasketModel *lines() const { return m_lines; }
    MoneyValue total() const;
    MoneyValue discounts() const;
    MoneyValue due() const;
    bool refunding() const;
    bool empty() const;
    QString customer() const;
    QVariantList parked() const;
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }
    QString lastSaleText() const { return m_lastSale; }
    QVariantList unprinted() const;
    QString printerProblem() const;
    bool drawerOpen() const;

    Q_INVOKABLE void scan(const QString &code);
    /// A search result: weighed goods need their weight (`kilograms`, "0.750"); others none.
    Q_INVOKABLE QString addWeighed(const QString &barcode, const QString &kilograms);
    Q_INVOKABLE QString setQuantity(int row, const QString &quantity);
    Q_INVOKABLE QString lineDiscount(int row, const QString &percent, const QString &reason);
    Q_INVOKABLE QString receiptDiscount(const QString &percent, const QString &reason);
    Q_INVOKABLE QString overridePrice(int row, const QString &price, const QString &reason);
    /// A sale line is voided (approval); a return line is taken back off the ticket.
    Q_INVOKABLE QString voidLine(int row);
    Q_INVOKABLE QString voidSale();
    Q_INVOKABLE QString park();
    Q_INVOKABLE QString resume(const QString &slot);
    Q_INVOKABLE QString setCustomer(const QString &customer);
    Q_INVOKABLE QString printUnprinted(const QString &saleId);
    /// The cashier dismissed the message.
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void tillChanged();
    void ticketChanged();
    void parkedChanged();
    void messageChanged();
    void lastSaleChanged();
    void receiptsChanged();
    void drawerChanged();
    /// A scan was refused (unknown code ...): the sale screen offers the search.
    void scanRejected(const QString &code, const QString &message);

private:
    QString say(const Result<void> &r);
    void setMessage(const QString &text, bool problem);
    MoneyValue money(qint64 minor) const;
    void onSaleCompleted(const ok::CommittedSale &sale, qint64 change);

    QPointer<Till> m_till;
    BasketModel *m_lines = nullptr;
    QString m_message;
    bool m_problem = false;
    QString m_lastSale;
    Connections m_connections;
};

} // namespace ok
