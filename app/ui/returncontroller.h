// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/connections.h"
#include "core/product.h"

#include "core/result.h"
#include "ui/handles.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace ok {

class CatalogService;
class Till;

/// The return dialog: the receipt being returned from and what is left of each line, return
/// lines with a receipt, and returns without one (a product code, a quantity, the price paid and
/// a reason; a supervisor approves). Created in QML with `till: Terminal.till` and
/// `catalog: Terminal.catalog` (products of returns without a receipt).
class ReturnController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ok::Till *till READ till WRITE setTill NOTIFY tillChanged)
    Q_PROPERTY(ok::CatalogService *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(bool hasSource READ hasSource NOTIFY sourceChanged)
    Q_PROPERTY(QString sourceTitle READ sourceTitle NOTIFY sourceChanged)
    /// [{lineNo, name, sold, paid, leftText, canReturn, suggested}] of the receipt's sale lines
    Q_PROPERTY(QVariantList sourceLines READ sourceLines NOTIFY sourceChanged)
    Q_PROPERTY(QString ticketTotal READ ticketTotal NOTIFY sourceChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
public:
    explicit ReturnController(QObject *parent = nullptr);
    ~ReturnController() override;

    Till *till() const { return m_till; }
    void setTill(Till *till);
    CatalogService *catalog() const { return m_catalog; }
    void setCatalog(CatalogService *catalog);
    bool hasSource() const;
    QString sourceTitle() const;
    QVariantList sourceLines() const;
    QString ticketTotal() const;
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_problem; }

    /// A scanned receipt QR or a typed receipt number.
    Q_INVOKABLE QString open(const QString &receipt);
    Q_INVOKABLE void close();
    Q_INVOKABLE QString returnLine(int lineNo, const QString &quantity);
    /// Looked up in the catalog first; the outcome arrives in `message` (and a supervisor's
    /// approval may be asked for).
    Q_INVOKABLE QString returnWithoutReceipt(const QString &barcode, const QString &quantity, const QString &price,
                                             const QString &reason);
    Q_INVOKABLE void begin();

Q_SIGNALS:
    void tillChanged();
    void catalogChanged();
    void sourceChanged();
    void messageChanged();

private:
    struct PendingReturn {
        int request = 0;
        QString barcode, quantity, price, reason;
    };
    QString say(const Result<void> &r);
    void setMessage(const QString &text, bool problem);
    void onProductFound(int request, const ok::ProductInfo &product);
    void onProductMissing(int request, const QString &code);

    QPointer<Till> m_till;
    QPointer<CatalogService> m_catalog;
    QString m_message;
    bool m_problem = false;
    PendingReturn m_pending;
    Connections m_connections;
    QList<QMetaObject::Connection> m_catalogConnections;
};

} // namespace ok
