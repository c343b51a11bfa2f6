// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace ok {

class Ticket;

/// The ticket's lines for QML: sale lines, then return lines, as the cashier reads them.
class BasketModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a TicketController's lines")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { NameRole = Qt::UserRole + 1, QuantityRole, PriceRole, AmountRole, NoteRole, ReturnRole, WeighedRole };
    explicit BasketModel(const Ticket &ticket, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    /// Re-read the ticket: a row appended for a new line, changed rows updated, a reset otherwise.
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        QString name, quantity, price, amount, note;
        bool isReturn = false;
        bool weighed = false;
        friend bool operator==(const Row &, const Row &) = default;
    };
    QList<Row> rows() const;
    const Ticket &m_ticket;
    QList<Row> m_rows;
};

} // namespace ok
