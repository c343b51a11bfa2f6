// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/basketmodel.h"
#include "ui/followlanguage.h"

#include "services/ticket.h"

namespace ok {

BasketModel::BasketModel(const Ticket &ticket, QObject *parent)
    : QAbstractListModel(parent)
    , m_ticket(ticket)
{
    followLanguage(this);
    m_rows = rows();
}

int BasketModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> BasketModel::roleNames() const
{
    return {{NameRole, "name"}, {QuantityRole, "quantity"}, {PriceRole, "price"}, {AmountRole, "amount"},
            {NoteRole, "note"}, {ReturnRole, "isReturn"}, {WeighedRole, "weighed"}};
}

QVariant BasketModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case NameRole: return r.name;
    case QuantityRole: return r.quantity;
    case PriceRole: return r.price;
    case AmountRole: return r.amount;
    case NoteRole: return r.note;
    case ReturnRole: return r.isReturn;
    case WeighedRole: return r.weighed;
    default: return {};
    }
}

QList<BasketModel::Row> BasketModel::rows() const
{
    QList<Row> out;
    const Receipts &fmt = m_ticket.format();
    const Ticket::Totals t = m_ticket.totals();
    const auto &lines = m_ticket.basket().lines();
    out.reserve(lines.size() + m_ticket.returnLines().size());
    for (int i = 0; i < lines.size(); ++i) {
        const BasketLine &l = lines.at(i);
        const bool weighed = l.quantity.unit == Quantity::Unit::Gram;
        out.append({l.name, fmt.quantity(l.quantity.value, weighed ? QStringLiteral("gram") : QStringLiteral("piece")),
                    weighed ? tr("%1/kg").arg(fmt.amount(l.unitPriceMinor)) : fmt.amount(l.unitPriceMinor),
                    fmt.amount(t.lines.at(i).amount), m_ticket.lineNotes().value(i), false, weighed});
    }
    for (const ReturnLine &r : m_ticket.returnLines())
        out.append({r.name, QStringLiteral("-") + fmt.quantity(r.quantity, r.unit), fmt.amount(r.unitPrice), fmt.amount(-r.refund),
                    r.note.isEmpty() ? tr("Return, receipt line %1").arg(r.lineNo) : r.note, true, r.unit == QLatin1String("gram")});
    return out;
}

void BasketModel::refresh()
{
    QList<Row> next = rows();
    const qsizetype old = m_rows.size();
    if (next.size() == old + 1 && std::equal(m_rows.cbegin(), m_rows.cend(), next.cbegin())) {
        // The common case, a new scan: one row appended, nothing else touched.
        beginInsertRows({}, int(old), int(old));
        m_rows = std::move(next);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    if (next.size() == old) {
        for (qsizetype i = 0; i < old; ++i)
            if (!(m_rows.at(i) == next.at(i))) {
                m_rows[i] = next.at(i);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        return;
    }
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace ok
