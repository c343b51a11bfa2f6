// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/returncontroller.h"

#include "services/catalogservice.h"
#include "services/till.h"
#include "ui/input.h"

#include <QDateTime>
#include <QLocale>

namespace ok {

ReturnController::ReturnController(QObject *parent)
    : QObject(parent)
{
}

ReturnController::~ReturnController() = default;

void ReturnController::setTill(Till *till)
{
    if (till == m_till)
        return;
    m_connections.clear();
    m_till = till;
    if (m_till) {
        m_connections << connect(&m_till->returns(), &ReturnSession::sourceChanged, this, &ReturnController::sourceChanged);
        m_connections << connect(&m_till->returns(), &ReturnSession::message, this, &ReturnController::setMessage);
        m_connections << connect(&m_till->ticket(), &Ticket::changed, this, &ReturnController::sourceChanged);
    }
    Q_EMIT tillChanged();
    Q_EMIT sourceChanged();
}

void ReturnController::setCatalog(CatalogService *catalog)
{
    if (catalog == m_catalog)
        return;
    for (const auto &c : std::as_const(m_catalogConnections))
        disconnect(c);
    m_catalogConnections.clear();
    m_catalog = catalog;
    if (m_catalog) {
        m_catalogConnections << connect(m_catalog, &CatalogService::barcodeFound, this, &ReturnController::onProductFound);
        m_catalogConnections << connect(m_catalog, &CatalogService::barcodeNotFound, this, &ReturnController::onProductMissing);
    }
    Q_EMIT catalogChanged();
}

void ReturnController::begin()
{
    setMessage(QString(), false);
}

void ReturnController::setMessage(const QString &text, bool problem)
{
    m_message = text;
    m_problem = problem;
    Q_EMIT messageChanged();
}

QString ReturnController::say(const Result<void> &r)
{
    if (m_till)
        m_till->session().touch();
    const QString text = input::outcomeText(r);
    setMessage(text, !text.isEmpty());
    return text;
}

bool ReturnController::hasSource() const
{
    return m_till && m_till->returns().source().has_value();
}

QString ReturnController::sourceTitle() const
{
    if (!hasSource())
        return {};
    const ReturnSession &rs = m_till->returns();
    const StoredSale &src = *rs.source();
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(src.sale.createdAtMs), QLocale::ShortFormat);
    const QString paid = m_till->ticket().format().amount(src.sale.total);
    return (rs.sourcePaidByCard() ? tr("Receipt %1 · %2 · paid %3 by card") : tr("Receipt %1 · %2 · paid %3"))
        .arg(QString::number(src.receiptNo), when, paid);
}

QVariantList ReturnController::sourceLines() const
{
    QVariantList out;
    if (!hasSource())
        return out;
    const ReturnSession &rs = m_till->returns();
    const Receipts &fmt = m_till->ticket().format();
    const auto &lines = rs.source()->sale.lines;
    for (int i = 0; i < lines.size(); ++i) {
        const SaleLineRecord &l = lines.at(i);
        if (l.quantity <= 0)
            continue;
        const qint64 left = rs.returnable(i + 1);
        const bool weighed = l.unit == QLatin1String("gram");
        out.append(QVariantMap{{QStringLiteral("lineNo"), i + 1},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("sold"), fmt.quantity(l.quantity, l.unit)},
                               {QStringLiteral("paid"), fmt.amount(l.amount)},
                               {QStringLiteral("leftText"), fmt.quantity(left, l.unit)},
                               {QStringLiteral("canReturn"), left > 0},
                               // what the quantity field offers: all of a weighed item, one piece
                               {QStringLiteral("suggested"), weighed ? Receipts::weightInput(left) : QStringLiteral("1")}});
    }
    return out;
}

QString ReturnController::ticketTotal() const
{
    return m_till ? m_till->ticket().format().amount(m_till->ticket().totals().total) : QString();
}

QString ReturnController::open(const QString &receipt)
{
    return m_till ? say(m_till->returns().openSource(receipt)) : QString();
}

void ReturnController::close()
{
    if (m_till)
        m_till->returns().closeSource();
}

QString ReturnController::returnLine(int lineNo, const QString &quantity)
{
    if (!hasSource())
        return say(Error{QStringLiteral("till.invalid"), tr("Scan the receipt first")});
    const auto &lines = m_till->returns().source()->sale.lines;
    const bool weighed = lineNo >= 1 && lineNo <= lines.size() && lines.at(lineNo - 1).unit == QLatin1String("gram");
    const auto q = input::quantity(quantity, weighed);
    if (!q)
        return say(Error{QStringLiteral("till.invalid"), weighed ? tr("Enter the weight in kg") : tr("Enter how many")});
    return say(m_till->returns().returnLine(lineNo, *q));
}

QString ReturnController::returnWithoutReceipt(const QString &barcode, const QString &quantity, const QString &price,
                                               const QString &reason)
{
    if (!m_till)
        return {};
    if (!m_catalog)
        return say(Error{QStringLiteral("till.no-catalog"), tr("The product catalog is not available.")});
    if (reason.trimmed().isEmpty())
        return say(Error{QStringLiteral("till.invalid"), tr("Give a reason for the return")});
    m_pending = {m_catalog->lookupBarcode(barcode.trimmed()), barcode.trimmed(), quantity, price, reason};
    setMessage(tr("Looking up %1 …").arg(barcode.trimmed()), false);
    return {};
}

void ReturnController::onProductMissing(int request, const QString &)
{
    if (request != m_pending.request || !m_till)
        return;
    m_pending.request = 0;
    say(Error{QStringLiteral("till.invalid"), tr("Code %1 is not in the catalog").arg(m_pending.barcode)});
}

void ReturnController::onProductFound(int request, const ProductInfo &product)
{
    if (request != m_pending.request || !m_till)
        return;
    m_pending.request = 0;
    const bool weighed = product.unit == QLatin1String("kg");
    const auto q = input::quantity(m_pending.quantity, weighed);
    if (!q) {
        say(Error{QStringLiteral("till.invalid"), weighed ? tr("Enter the weight in kg") : tr("Enter how many")});
        return;
    }
    const auto unitPrice = m_pending.price.trimmed().isEmpty() ? product.price
                                                                : input::amount(m_pending.price, m_till->ticket().settings().currency);
    if (!unitPrice || *unitPrice < 0) {
        say(Error{QStringLiteral("till.invalid"), tr("Enter the price paid, e.g. 4.99")});
        return;
    }
    const QString reason = m_pending.reason;
    ReturnSession &rs = m_till->returns();
    const Result<void> r = m_till->gate().run([&rs, product, q, unitPrice, reason](const auto &a) {
        return rs.returnWithoutReceipt(product, *q, *unitPrice, reason, a);
    });
    if (r)
        setMessage(tr("%1 is on the ticket as a return").arg(product.name), false);
    else
        say(r);
}

} // namespace ok
