// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ok {

struct PickupOrderLine {
    int lineNo = 0;
    qint64 productId = 0;
    QString name;
    qint64 quantity = 0; ///< pieces, or grams for goods sold by weight
    bool weighed = false;
};

/// A click-and-collect order of this store as the terminal knows it: the orders stream's row with
/// what this terminal did to it since (loaded, handed over, returned, extended) laid over it until
/// the stream shows it (docs/pickup.md#orders).
struct PickupOrder {
    /// What people see, derived from the status, the compartments and the expiry.
    enum class State { AwaitingLoading, ReadyInLocker, ReadyAtCounter, Collected, Expired, Cancelled };

    QString id;
    QString number;
    QString firstName;
    QString contactMasked;
    QByteArray salt;
    QByteArray verifier;
    QString locator;     ///< empty: an order from before pickup locators; staff hand it over
    int iterations = 0;
    QString status;      ///< awaiting_pickup, ready, collected, cancelled, expired
    QStringList compartments; ///< empty: at the counter
    int parcels = 1;
    bool idCheck = false;
    qint64 expiresAt = 0; ///< unix s
    qint64 total = 0;
    QString currency;
    QList<PickupOrderLine> lines;
    bool changedHere = false;        ///< this terminal's state is ahead of the orders stream
    bool cancelledCentrally = false; ///< handed over or loaded here, cancelled at the central service

    State state(qint64 nowS) const
    {
        if (status == QLatin1String("collected"))
            return State::Collected;
        if (status == QLatin1String("cancelled"))
            return State::Cancelled;
        if (status == QLatin1String("expired") || nowS >= expiresAt)
            return State::Expired;
        if (status == QLatin1String("awaiting_pickup"))
            return State::AwaitingLoading;
        return compartments.isEmpty() ? State::ReadyAtCounter : State::ReadyInLocker;
    }
    /// What a customer is told they collect: pieces, and one per weighed line.
    qint64 itemCount() const
    {
        qint64 n = 0;
        for (const PickupOrderLine &l : lines)
            n += l.weighed ? 1 : l.quantity;
        return n;
    }
};

} // namespace ok
